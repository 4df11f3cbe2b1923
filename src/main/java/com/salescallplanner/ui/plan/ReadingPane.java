package com.salescallplanner.ui.plan;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/**
 * What the checker understood of one objective ("I read the owner as CFO, the action as 'send' ..."), the
 * rep's answer to "is this a buyer commitment?", and what saving will teach the checker. The kind and the
 * owner are corrected in their own fields beside it.
 */
final class ReadingPane extends VBox {
    static final String AS_READ = "As read";
    static final String COMMITS = "Yes, the buyer commits";
    static final String DOES_NOT_COMMIT = "No, not a buyer commitment";

    ReadingPane(ObjectiveModel model) {
        super(4);
        String id = model.level().id();
        Label understood = new Label();
        understood.setId(id + "-understanding");
        understood.setWrapText(true);
        understood.setGraphic(Icons.of(Feather.EYE));
        understood.getStyleClass().add(Css.MUTED);
        understood.textProperty().bind(model.understandingProperty());
        understood.setAccessibleText("What the checker understood of the " + id + " objective");

        ComboBox<String> commits = new ComboBox<>();
        commits.setId(id + "-commits");
        commits.getItems().setAll(List.of(AS_READ, COMMITS, DOES_NOT_COMMIT));
        commits.setValue(text(model.buyerCommitsProperty().get()));
        commits.valueProperty().addListener((obs, o, n) -> model.buyerCommitsProperty().set(
                COMMITS.equals(n) ? Boolean.TRUE : DOES_NOT_COMMIT.equals(n) ? Boolean.FALSE : null));
        model.buyerCommitsProperty().addListener((obs, o, n) -> commits.setValue(text(n)));
        commits.setAccessibleText("Is the " + id + " objective a buyer commitment?");
        HBox answer = new HBox(6, new Label("Buyer commitment?"), commits);
        answer.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label();
        note.setId(id + "-learn-note");
        note.setWrapText(true);
        note.getStyleClass().add(Css.HINT);
        note.textProperty().bind(learnNote(model));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        VBox shown = new VBox(4, understood, answer);
        shown.visibleProperty().bind(understood.textProperty().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        getChildren().addAll(shown, note);
    }

    private static String text(Boolean commits) {
        return commits == null ? AS_READ : commits ? COMMITS : DOES_NOT_COMMIT;
    }

    private static StringBinding learnNote(ObjectiveModel m) {
        return Bindings.createStringBinding(() -> m.correction().map(l -> "Saving the plan teaches the checker to read "
                + "this phrasing with " + l.describe() + ", in every plan (Settings lists what it learned).")
                .orElse(""), m.correctedProperty(), m.textProperty(), m.kindOverrideProperty(), m.ownerProperty(),
                m.ownerEditedProperty(), m.buyerCommitsProperty());
    }
}
