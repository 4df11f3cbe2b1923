package com.salescallplanner.app;

import java.util.OptionalInt;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. {@code java -jar} opening the window
 * starts the window's JVM with JavaFX on the module path ({@link WindowRestart}, decision 0012).
 * It does not extend JavaFX's Application, so JavaFX can still come from the class path where no
 * such restart is made (the tests, a jar without its lib/): the start-up warning JavaFX prints
 * about that is dropped, nothing else. Logging is configured before any logger exists, because the
 * log folder depends on {@code --data}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        OptionalInt windowElsewhere = WindowRestart.runWindowElsewhere(args);
        if (windowElsewhere.isPresent()) {
            System.exit(windowElsewhere.getAsInt());
        }
        ClassPathJavaFx.quietTheStartupWarning();
        int status = new Composition().run(args);
        if (status != Composition.KEEP_RUNNING) {
            System.exit(status);
        }
    }
}
