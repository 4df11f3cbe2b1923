package com.salescallplanner.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Where JavaFX runs from the class path, it calls that an "unsupported configuration" and says so
 * on every start: the test suite (Surefire's class path) and a jar started without its lib/. The
 * jar's window, the installed app and mvn javafx:run load JavaFX from the module path (decision
 * 0012). This drops exactly that one line, and only when JavaFX did not come from the module path.
 * Every other JavaFX message still shows.
 */
final class ClassPathJavaFx {
    static final String WARNING_START = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";
    /** The logger JavaFX warns through; held here, since java.util.logging keeps loggers only weakly. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClassPathJavaFx() {
    }

    /** True when JavaFX is not a named module of the boot layer, as in the shaded jar. */
    static boolean onClassPath() {
        return ModuleLayer.boot().findModule("javafx.graphics").isEmpty();
    }

    /** Before JavaFX starts: the start-up line about the class path is not printed; nothing else changes. */
    static void quietTheStartupWarning() {
        if (!onClassPath()) {
            return;
        }
        Filter before = JAVAFX.getFilter();
        JAVAFX.setFilter(r -> (r.getMessage() == null || !r.getMessage().startsWith(WARNING_START))
                && (before == null || before.isLoggable(r)));
    }
}
