package com.salescallplanner.ui.shell;

import static atlantafx.base.theme.Styles.ACCENT;
import static atlantafx.base.theme.Styles.LARGE;
import static atlantafx.base.theme.Styles.TITLE_1;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** Shown while there are no prospects: add the first one, or look around with sample data. */
public final class FirstRunView extends VBox {
    public static final String ADD_ID = "first-run-add";
    public static final String SAMPLE_ID = "first-run-sample";

    public static final String IMPORT_ID = "first-run-import";

    private final Button addButton;

    public FirstRunView(Runnable addProspect, Runnable loadSample, Runnable importFromCrm) {
        super(16);
        Label title = new Label("Welcome to Sales Call Planner");
        title.getStyleClass().add(TITLE_1);
        Label text = new Label("Plan every call as an advance: a stretch and a conservative objective the buyer "
                + "commits to, ticked off in the call and reviewed after it.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Css.MUTED);
        Button add = Icons.button("Add a prospect", Feather.USER_PLUS);
        add.setId(ADD_ID);
        add.getStyleClass().addAll(ACCENT, LARGE);
        add.setOnAction(e -> addProspect.run());
        Button sample = Icons.button("Load sample data", Feather.DATABASE);
        sample.setId(SAMPLE_ID);
        sample.getStyleClass().add(LARGE);
        sample.setOnAction(e -> loadSample.run());
        Button importCrm = Icons.button("Import from CRM...", Feather.DOWNLOAD);
        importCrm.setId(IMPORT_ID);
        importCrm.getStyleClass().add(LARGE);
        importCrm.setOnAction(e -> importFromCrm.run());
        HBox buttons = new HBox(12, add, importCrm, sample);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(Icons.of(Feather.PHONE_CALL), title, text, buttons);
        setAlignment(Pos.CENTER);
        getStyleClass().add(Css.FIRST_RUN);
        this.addButton = add;
    }

    /** The keyboard starts on "Add a prospect" (Enter or Space presses it). */
    void focusFirst() {
        addButton.requestFocus();
    }
}
