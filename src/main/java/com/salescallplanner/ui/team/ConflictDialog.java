package com.salescallplanner.ui.team;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.port.TeamPort.Choice;
import com.salescallplanner.ui.port.TeamPort.FieldDifference;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Keep mine, take theirs, or merge field by field: each differing field with my value, theirs,
 * and a "take theirs" box. Escape or the close box decides nothing; the conflict waits.
 */
public final class ConflictDialog extends Dialog<Choice> {
    public static final ButtonType KEEP_MINE = new ButtonType("Keep mine", ButtonBar.ButtonData.LEFT);
    public static final ButtonType TAKE_THEIRS = new ButtonType("Take theirs", ButtonBar.ButtonData.OTHER);
    public static final ButtonType MERGE = new ButtonType("Merge the ticked fields", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final int MAX_SHOWN = 400;

    public ConflictDialog(Window owner, ConflictViewModel vm) {
        initOwner(owner);
        setTitle("Changed on another machine");
        setHeaderText(vm.headline());
        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(6);
        fields.addRow(0, bold("Field"), bold("Mine"), bold("Theirs"), bold("Take theirs"));
        int row = 1;
        for (FieldDifference f : vm.conflict().fields()) {
            CheckBox take = new CheckBox();
            take.setId("take-theirs-" + f.field());
            take.selectedProperty().bindBidirectional(vm.takeTheirsProperty(f.field()));
            fields.addRow(row++, new Label(f.field()), value(f.mine()), value(f.theirs()), take);
        }
        Label help = new Label(vm.canMerge() ? "Keep mine sends your version over theirs; take theirs replaces yours; "
                + "merge keeps yours with the ticked fields taken from theirs."
                : "One side removed it: keep mine or take theirs.");
        help.setWrapText(true);
        help.getStyleClass().add(Css.MUTED);
        VBox content = new VBox(10, help);
        if (vm.canMerge()) {
            ScrollPane scroll = new ScrollPane(fields);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(300, 30.0 * row));
            content.getChildren().add(scroll);
        }
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(KEEP_MINE, TAKE_THEIRS, LATER);
        if (vm.canMerge()) {
            getDialogPane().getButtonTypes().add(2, MERGE);
        }
        setResultConverter(b -> b == KEEP_MINE ? Choice.KEEP_MINE : b == TAKE_THEIRS ? Choice.TAKE_THEIRS
                : b == MERGE ? Choice.MERGE : null);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.FIELD_LABEL);
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text);
        l.setWrapText(true);
        l.setMaxWidth(260);
        return l;
    }
}
