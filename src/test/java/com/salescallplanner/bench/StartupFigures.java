package com.salescallplanner.bench;

import java.util.List;

/** Start-up of the window against the floor program (after the window lands). */
final class StartupFigures {
    private StartupFigures() {
    }

    static List<Figure> measure(Settings s, java.nio.file.Path data) {
        throw new UnsupportedOperationException("start-up is measured once the main window is on main");
    }
}
