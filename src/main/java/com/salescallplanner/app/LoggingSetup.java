package com.salescallplanner.app;

import com.salescallplanner.store.DataFolder;
import com.salescallplanner.store.IoMessages;

import java.io.IOException;
import java.nio.file.Path;

/** Points Logback's rolling file at the data folder's logs/ before the first logger is made. */
final class LoggingSetup {
    static final String LOG_DIR_PROPERTY = "scp.logdir";
    /** Set to "true": log to the terminal only, no log file (a command that only reads, such as check). */
    static final String NO_FILE_PROPERTY = "scp.nologfile";

    private LoggingSetup() {
    }

    static void configure(Path dataFolder) {
        if (System.getProperty(LOG_DIR_PROPERTY) != null) {
            return;
        }
        Path logs = dataFolder.resolve(DataFolder.LOGS);
        try {
            // Owner-only folders (0700) must exist before Logback creates logs/ with the default rights.
            DataFolder.ensureExists(dataFolder);
        } catch (IOException e) {
            // Logback would otherwise print its whole configuration to stdout, spoiling e.g. JSON output.
            logs = fallback(logs);
            System.err.println("Warning: cannot create the data folder " + dataFolder + " ("
                    + IoMessages.describe(e) + "); logging to " + logs + ".");
        }
        System.setProperty(LOG_DIR_PROPERTY, logs.toString());
    }

    /** A private folder of this user's in the temporary folder; the data folder's logs/ if even that fails. */
    private static Path fallback(Path logs) {
        try {
            return FallbackLogFolder.create(Path.of(System.getProperty("java.io.tmpdir")),
                    System.getProperty("user.name", "user"));
        } catch (IOException e) {
            return logs; // Logback then says it cannot write there; nothing is logged where others could read it
        }
    }

    /**
     * For a command that only reads ({@link RootArguments#onlyReads}): warnings go to the terminal, nothing to a file, and
     * the data folder is not created (checking two objectives must leave no trace on disk).
     */
    static void configureWithoutFile() {
        System.setProperty(NO_FILE_PROPERTY, "true");
    }
}
