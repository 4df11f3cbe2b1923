package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** Shows findings as they come and go, each styled by severity with its suggestion below. */
public final class FindingList extends VBox {

    public FindingList(ObservableList<Finding> findings) {
        super(4);
        findings.addListener((ListChangeListener<Finding>) c -> rebuild(findings));
        rebuild(findings);
    }

    private void rebuild(ObservableList<Finding> findings) {
        getChildren().setAll(findings.stream().map(FindingList::row).toList());
    }

    static Node row(Finding f) {
        Feather icon = switch (f.severity()) {
            case ERROR -> Feather.X_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case INFO -> Feather.INFO;
        };
        String style = switch (f.severity()) {
            case ERROR -> Css.FINDING_ERROR;
            case WARNING -> Css.FINDING_WARNING;
            case INFO -> Css.FINDING_INFO;
        };
        Label message = new Label(f.message(), Icons.of(icon));
        message.setWrapText(true);
        VBox text = new VBox(2, message);
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            Label suggestion = new Label(f.suggestion());
            suggestion.setWrapText(true);
            suggestion.getStyleClass().add(Css.SUGGESTION);
            text.getChildren().add(suggestion);
        }
        HBox row = new HBox(text);
        row.getStyleClass().addAll(Css.FINDING, style);
        row.setUserData(f.rule().id());
        row.setAccessibleText(f.severity().id() + ": " + f.message());
        return row;
    }
}
