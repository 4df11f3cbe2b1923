package com.salescallplanner.app;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. It does not extend JavaFX's
 * Application, so the JavaFX runtime can come from the class path (decision 0012: the start-up
 * warning JavaFX prints about that is dropped, nothing else). Logging is configured
 * before any logger exists, because the log folder depends on {@code --data}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        ClassPathJavaFx.quietTheStartupWarning();
        int status = new Composition().run(args);
        if (status != Composition.KEEP_RUNNING) {
            System.exit(status);
        }
    }
}
