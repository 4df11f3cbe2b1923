package com.salescallplanner.ui.prospects;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.feather.Feather;

/**
 * The small labels that tell a prospect needs attention; used by the list and the detail. Each
 * kind of label shares one tooltip (a tooltip may serve many controls): a tooltip is a popup
 * window with a scene of its own, and the list makes two labels for every row it shows.
 * Called on the FX thread only.
 */
public final class AttentionFlags {
    private static Tooltip outcomeMissingTip;
    private static Tooltip strandedTip;

    private AttentionFlags() {
    }

    public static Label outcomeMissing() {
        if (outcomeMissingTip == null) {
            outcomeMissingTip = new Tooltip("A past call has no recorded outcome: review it before the next call.");
        }
        return flag("Outcome missing", Feather.ALERT_CIRCLE, Css.FLAG_OUTCOME_MISSING, outcomeMissingTip);
    }

    /** A "Stranded" flag with the general meaning; {@link #showWhy} gives it a prospect's own reason. */
    public static Label stranded() {
        if (strandedTip == null) {
            strandedTip = new Tooltip("No call planned, and no dated next step or the last calls ended as continuations.");
        }
        return flag("Stranded", Feather.ANCHOR, Css.FLAG_STRANDED, strandedTip);
    }

    /** A "Stranded" flag that shows why this prospect is stranded, beside it on hover and to a screen reader. */
    public static Label stranded(String why) {
        Label l = flag("Stranded", Feather.ANCHOR, Css.FLAG_STRANDED, new Tooltip());
        showWhy(l, why);
        return l;
    }

    /**
     * Puts the reason (from {@link com.salescallplanner.domain.ProspectHealth#strandedWhy}) in
     * a flag made by {@link #stranded(String)}: its own tooltip and its accessible text.
     */
    public static void showWhy(Label strandedFlag, String why) {
        strandedFlag.getTooltip().setText("Stranded: " + why);
        strandedFlag.setAccessibleText("Stranded: " + why);
    }

    private static Label flag(String text, Feather icon, String styleClass, Tooltip tip) {
        Label l = new Label(text, Icons.of(icon));
        l.getStyleClass().addAll(Css.FLAG, styleClass);
        l.setTooltip(tip);
        return l;
    }
}
