package com.salescallplanner.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * The jar runs JavaFX from the class path (it is one shaded jar), which JavaFX calls an
 * "unsupported configuration" and says so on every start. It is the configuration the whole
 * test suite runs on too; the module path is used where it can be (mvn javafx:run). Decision
 * 0012 says why the jar stays as it is; this drops exactly that one line, and only when JavaFX
 * did not come from the module path. Every other JavaFX message still shows.
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
