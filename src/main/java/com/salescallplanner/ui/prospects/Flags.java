package com.salescallplanner.ui.prospects;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.feather.Feather;

/** The small labels that tell a prospect needs attention; used by the list and the detail. */
public final class Flags {
    private Flags() {
    }

    public static Label outcomeMissing() {
        Label l = new Label("Outcome missing", Icons.of(Feather.ALERT_CIRCLE));
        l.getStyleClass().addAll(Css.FLAG, Css.FLAG_OUTCOME_MISSING);
        l.setTooltip(new Tooltip("A past call has no recorded outcome: review it before the next call."));
        return l;
    }

    public static Label stranded() {
        Label l = new Label("Stranded", Icons.of(Feather.ANCHOR));
        l.getStyleClass().addAll(Css.FLAG, Css.FLAG_STRANDED);
        l.setTooltip(new Tooltip("No dated next step, or the last calls ended as continuations."));
        return l;
    }
}
