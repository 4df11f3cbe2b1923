package com.salescallplanner.ui.settings;

import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** The list of learned phrasings, each with what the rep corrected and a button to forget it. */
final class LearnedPhrasingsPane extends VBox {
    static final String LIST_ID = "learned-phrasings";
    static final String EMPTY_ID = "learned-phrasings-empty";
    /** Each row's forget button: this prefix and the row's index (learned-forget-0, ...). */
    static final String FORGET_ID = "learned-forget-";

    private final LearnedPhrasingsViewModel vm;
    private final ObservableBooleanValue editable;

    LearnedPhrasingsPane(LearnedPhrasingsViewModel vm, ObservableBooleanValue editable) {
        super(6);
        this.vm = vm;
        this.editable = editable;
        setId(LIST_ID);
        vm.phrasings().addListener((ListChangeListener<LearnedPhrasing>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        if (vm.phrasings().isEmpty()) {
            Label none = new Label("Nothing learned yet. When the checker reads an objective wrongly, correct its "
                    + "kind, owner or \"buyer commitment?\" in the plan editor: saving the plan keeps the correction "
                    + "here and applies it to the same phrasing in every plan.");
            none.setId(EMPTY_ID);
            none.setWrapText(true);
            none.getStyleClass().add(Css.MUTED);
            getChildren().setAll(none);
            return;
        }
        getChildren().clear();
        for (int i = 0; i < vm.phrasings().size(); i++) {
            getChildren().add(row(vm.phrasings().get(i), i));
        }
    }

    private Node row(LearnedPhrasing p, int index) {
        Label phrasing = new Label("\u201c" + p.phrasing() + "\u201d");
        phrasing.setWrapText(true);
        Label correction = new Label("reads as " + p.describe());
        correction.setWrapText(true);
        correction.getStyleClass().add(Css.MUTED);
        VBox text = new VBox(2, phrasing, correction);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button forget = Icons.button("Forget", Feather.TRASH_2);
        forget.setId(FORGET_ID + index);
        forget.setAccessibleText("Forget the learned phrasing " + p.phrasing());
        forget.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
        forget.setOnAction(e -> vm.forget(p));
        HBox row = new HBox(10, text, forget);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setUserData(p.phrasing());
        return row;
    }
}
