package com.salescallplanner.ui.shell;

import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Keyboard shortcuts and the day's routine in a few lines. */
public final class HelpView implements PageView {
    private static final String BOARD_KEYS = KeyCombination.keyCombination("Shortcut+Left").getDisplayText() + " / "
            + KeyCombination.keyCombination("Shortcut+Right").getDisplayText();
    private final Node root;

    public HelpView(List<Shortcut> shortcuts) {
        Label title = new Label("Help");
        title.getStyleClass().add(TITLE_2);
        GridPane keys = PageLayout.grid();
        // Shortcuts doing the same (Redo) share a line: "Ctrl+Shift+Z / Ctrl+Y".
        Map<String, String> byAction = new LinkedHashMap<>();
        for (Shortcut s : shortcuts) {
            byAction.merge(s.description(), s.keysText(), (a, b) -> a + " / " + b);
        }
        byAction.forEach((what, keysText) -> keys.addRow(keys.getRowCount(), keyLabel(keysText), new Label(what)));
        keys.addRow(keys.getRowCount(), keyLabel("Enter"),
                new Label("Open the selected prospect; on Today, start the selected call"));
        keys.addRow(keys.getRowCount(), keyLabel("Tab / Shift+Tab"), new Label("Next / previous field, also in a "
                + "plan's objectives, agenda and questions"));
        keys.addRow(keys.getRowCount(), keyLabel("Shift+Enter"), new Label("New line in a plan's objectives, "
                + "agenda and questions (Enter alone adds none)"));
        keys.addRow(keys.getRowCount(), keyLabel("1 / 2"), new Label("In call mode: tick the stretch / conservative objective"));
        keys.addRow(keys.getRowCount(), keyLabel(BOARD_KEYS),
                new Label("On the pipeline: move the selected card one stage back / on"));
        keys.addRow(keys.getRowCount(), keyLabel("Tab / Shift+Tab"),
                new Label("Next / previous control, the sidebar included (Up / Down within the sidebar)"));
        keys.addRow(keys.getRowCount(), keyLabel(KeyCombination.keyCombination("Shortcut+Tab").getDisplayText()),
                new Label("Leave a text area that takes Tab itself"));
        keys.addRow(keys.getRowCount(), keyLabel("Shift+F10"), new Label("On the pipeline: the card's menu"));
        keys.addRow(keys.getRowCount(), keyLabel("Delete"), new Label("Delete the selected prospect; in Settings, "
                + "remove the selected stage"));
        keys.addRow(keys.getRowCount(), keyLabel("F2"), new Label("In Settings: rename the selected stage"));
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
        k.getStyleClass().add("key");
        return k;
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
