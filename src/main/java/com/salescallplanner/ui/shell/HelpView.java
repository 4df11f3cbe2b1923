package com.salescallplanner.ui.shell;

import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Keyboard shortcuts and the day's routine in a few lines. */
public final class HelpView implements PageView {
    static final String KEY_CLASS = "key";
    private final Node root;

    /** Lists the entries of {@link com.salescallplanner.ui.KeyCatalogue}: window-wide first, then the page keys. */
    public HelpView(List<KeyCatalogue.Entry> keysOfTheWindow) {
        Label title = new Label("Help");
        title.getStyleClass().add(TITLE_2);
        GridPane keys = PageLayout.grid();
        // The keys' column as wide as its widest keys ("Ctrl+Shift+Z / Ctrl+Y"); the descriptions wrap.
        keys.getColumnConstraints().get(0).setMinWidth(Region.USE_PREF_SIZE);
        for (KeyCatalogue.Entry e : keysOfTheWindow) {
            keys.addRow(keys.getRowCount(), keyLabel(e.displayText()), description(e.description()));
        }
        VBox routine = new VBox(6,
                para("Before the call: open the prospect, check its stage, and plan the call. Write a stretch "
                        + "objective (the best realistic commitment) and a conservative one (the least you accept). "
                        + "The checker reads each objective as you type: who commits, by when, and what kind of "
                        + "commitment it is, and says when it is not an advance or aims too far for the stage."),
                para("During the call: start call mode. Agree the up-front contract, tick the objectives as the "
                        + "buyer commits, and take notes. Near the end you are reminded to close for the objective."),
                para("After the call: review it. Record the outcome, the objectives met, the stage after the call "
                        + "and the next step with its date; the next call is drafted for you."),
                para("Every day: Today lists the week's calls and the calls waiting for their review. The pipeline "
                        + "shows a column per stage; drag a card to move a deal on. Reports show how often you meet "
                        + "your stretch and conservative objectives, how long deals stay in each stage, and which "
                        + "prospects are stranded: no call planned, and no dated next step or only continuations "
                        + "lately (a new prospect has a week first). Hover a Stranded flag to see why."),
                para("Everything saves by itself. Undo and redo cover every change. Import from CRM (on the "
                        + "prospect list) reads a Salesforce, HubSpot or other CSV export; each call can be exported "
                        + "to your calendar or as a call sheet."));
        VBox page = new VBox(16, title, PageLayout.section("Keyboard shortcuts", keys),
                PageLayout.section("The routine", routine));
        page.getStyleClass().add(Css.PAGE);
        root = PageLayout.scrolling(page);
    }

    private static Label keyLabel(String text) {
        Label k = new Label(text);
        k.getStyleClass().add(KEY_CLASS);
        k.setMinWidth(Region.USE_PREF_SIZE);
        return k;
    }

    private static Label description(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label para(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }
}
