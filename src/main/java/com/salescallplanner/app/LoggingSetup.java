package com.salescallplanner.app;

import com.salescallplanner.store.DataFolder;

import java.io.IOException;
import java.nio.file.Path;

/** Points Logback's rolling file at the data folder's logs/ before the first logger is made. */
final class LoggingSetup {
    static final String LOG_DIR_PROPERTY = "scp.logdir";

    private LoggingSetup() {
    }

    static void configure(Path dataFolder) {
        try {
            // Owner-only folders (0700) must exist before Logback creates logs/ with the default rights.
            DataFolder.ensureExists(dataFolder);
        } catch (IOException e) {
            System.err.println("Warning: cannot create the data folder " + dataFolder + ": " + e.getMessage());
        }
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, dataFolder.resolve(DataFolder.LOGS).toString());
        }
    }

    /** The value of {@code --data DIR} or {@code --data=DIR} in raw arguments, or null. */
    static String dataOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data=")) {
                return args[i].substring("--data=".length());
            }
        }
        return null;
    }
}
