package com.salescallplanner.ui;

import javafx.application.Application;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * AtlantaFX's light and dark theme, the one way the app (and its tests) set the look. The themes
 * are taken in their binary form (AtlantaFX ships both): JavaFX reads the 170 KB stylesheet as text
 * in about 0.3-0.5 s of a fresh JVM and its binary form in about 0.15 s, before the first frame
 * (docs/performance.md, "The theme in binary form").
 */
public final class Themes {
    private Themes() {
    }

    /** The user-agent stylesheet of the light or dark theme. */
    public static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /** Makes the light or dark theme the whole app's, unless it is the one in use. */
    public static void use(boolean dark) {
        String theme = stylesheet(dark);
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }
}
