package com.salescallplanner.ui.port;

/**
 * The window's own preferences, kept in a small file in the data folder: the theme and where
 * the window was. NaN coordinates mean "let the system place it".
 */
public record WindowSettings(boolean dark, double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final WindowSettings DEFAULTS = new WindowSettings(false, Double.NaN, Double.NaN,
            DEFAULT_WIDTH, DEFAULT_HEIGHT, false);

    public WindowSettings {
        width = Double.isFinite(width) ? Math.max(MIN_WIDTH, width) : DEFAULT_WIDTH;
        height = Double.isFinite(height) ? Math.max(MIN_HEIGHT, height) : DEFAULT_HEIGHT;
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    public WindowSettings withDark(boolean newDark) {
        return new WindowSettings(newDark, x, y, width, height, maximized);
    }

    public WindowSettings withBounds(double nx, double ny, double nw, double nh, boolean max) {
        return new WindowSettings(dark, nx, ny, nw, nh, max);
    }
}
