package com.salescallplanner.ui.settings;

import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.LimitFeedback;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.StageNameConverter;
import com.salescallplanner.ui.TabMovesFocus;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The ladder as a grid, one rung a row: rank, label (with what the buyer does), earliest stage
 * and example objectives. Text is committed on Enter (the label) or when the field is left.
 */
final class LadderPane extends GridPane {
    /** Ids are the prefix plus the kind in lower case, e.g. "rung-stage-evaluate". */
    static final String LABEL_ID = "rung-label-";
    static final String STAGE_ID = "rung-stage-";
    static final String EXAMPLES_ID = "rung-examples-";

    private final LadderViewModel vm;
    private final ObservableBooleanValue editable;

    LadderPane(LadderViewModel vm, ObservableBooleanValue editable) {
        this.vm = vm;
        this.editable = editable;
        setHgap(12);
        setVgap(10);
        ColumnConstraints rank = new ColumnConstraints(28);
        ColumnConstraints label = new ColumnConstraints(180, 240, 320);
        ColumnConstraints stage = new ColumnConstraints(150);
        ColumnConstraints examples = new ColumnConstraints(200, 400, Double.MAX_VALUE);
        examples.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(rank, label, stage, examples);
        vm.rungs().addListener((ListChangeListener<RungModel>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        addRow(0, header("#"), header("Commitment"), header("Earliest stage"),
                header("Example objectives, one per line"));
        int row = 1;
        for (RungModel m : vm.rungs()) {
            addRow(row++, rank(m), label(m), stage(m), examples(m));
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.FIELD_LABEL);
        return l;
    }

    private static Label rank(RungModel m) {
        Label l = new Label();
        l.textProperty().bind(m.rankProperty());
        l.getStyleClass().add(Css.MUTED);
        setValignment(l, VPos.TOP);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private VBox label(RungModel m) {
        TextField f = new TextField();
        f.setId(LABEL_ID + id(m));
        f.textProperty().bindBidirectional(m.labelProperty());
        f.setAccessibleText("Label of rung " + m.rankProperty().get());
        f.disableProperty().bind(Bindings.not(editable));
        f.setOnAction(e -> vm.commitLabel(m));
        f.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                vm.commitLabel(m);
            }
        });
        Label action = new Label();
        action.textProperty().bind(m.buyerActionProperty());
        action.getStyleClass().add(Css.MUTED);
        action.setWrapText(true);
        VBox box = new VBox(4, LimitFeedback.wrap(f, TextLimit.RUNG_LABEL), action);
        setValignment(box, VPos.TOP);
        return box;
    }

    private ComboBox<Stage> stage(RungModel m) {
        ComboBox<Stage> c = new ComboBox<>(vm.stageChoices());
        c.setId(STAGE_ID + id(m));
        c.setConverter(StageNameConverter.INSTANCE);
        c.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Stage s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? "" : s.name());
            }
        });
        c.valueProperty().bindBidirectional(m.earliestStageProperty());
        c.accessibleTextProperty().bind(m.labelProperty().concat(": earliest stage"));
        c.disableProperty().bind(Bindings.not(editable));
        c.setMaxWidth(Double.MAX_VALUE);
        setValignment(c, VPos.TOP);
        return c;
    }

    private VBox examples(RungModel m) {
        TextArea a = TabMovesFocus.install(new TextArea());
        a.setId(EXAMPLES_ID + id(m));
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.textProperty().bindBidirectional(m.examplesProperty());
        a.accessibleTextProperty().bind(m.labelProperty().concat(": example objectives"));
        a.disableProperty().bind(Bindings.not(editable));
        a.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                vm.commitExamples(m);
            }
        });
        return LimitFeedback.wrap(a, m.examplesLimit());
    }

    private static String id(RungModel m) {
        return m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
