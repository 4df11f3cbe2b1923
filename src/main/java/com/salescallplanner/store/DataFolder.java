package com.salescallplanner.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the planner keeps its data: {@code --data DIR} first, then the environment variable
 * {@value #ENV}, then the operating system's usual place for application data.
 */
public final class DataFolder {
    public static final String ENV = "SALES_CALL_PLANNER_DATA";
    static final String LINUX_NAME = "sales-call-planner";
    static final String DESKTOP_NAME = "Sales Call Planner";
    /** The log files' folder inside the data folder (see app.LogbackConfiguration). */
    public static final String LOGS = "logs";

    private DataFolder() {
    }

    /**
     * @param option the value of {@code --data}, or null
     * @param env    the process environment
     * @param osName the value of the {@code os.name} system property
     * @param home   the user's home folder
     */
    public static Path resolve(String option, Map<String, String> env, String osName, Path home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve(DESKTOP_NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support").resolve(DESKTOP_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local/share");
        return base.resolve(LINUX_NAME);
    }

    /**
     * Creates the folder on first use, readable by its owner only (0700 on POSIX systems);
     * an existing folder is left as it is. Also creates {@code logs} inside it the same way,
     * before the logging library would create it with looser rights.
     */
    public static Path ensureExists(Path folder) throws IOException {
        OwnerOnly.createFolder(folder);
        OwnerOnly.createFolder(folder.resolve(LOGS));
        return folder;
    }

    /** The folder for this process: its {@code --data} option, environment and OS. */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }
}
