package com.salescallplanner.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons and the buttons made from them. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        return new FontIcon(icon);
    }

    /** A button with text and icon; the text doubles as the accessible name. */
    public static Button button(String text, Feather icon) {
        Button b = new Button(text, of(icon));
        b.setAccessibleText(text);
        return b;
    }

    /** An icon-only button: the tooltip and the accessible name say what it does. */
    public static Button iconButton(Feather icon, String what) {
        Button b = new Button(null, of(icon));
        b.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        b.setTooltip(new Tooltip(what));
        b.setAccessibleText(what);
        return b;
    }
}
