package com.salescallplanner.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Building blocks shared by the pages: titled sections, label/field grids, scrolling pages. */
public final class PageLayout {
    private PageLayout() {
    }

    public static VBox section(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add(Css.SECTION_TITLE);
        VBox box = new VBox(10, t);
        box.getChildren().addAll(content);
        box.getStyleClass().add(Css.SECTION);
        return box;
    }

    /** A two-column grid: labels left, growing fields right. */
    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    public static void row(GridPane g, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add(Css.FIELD_LABEL);
        l.setLabelFor(field);
        if (field instanceof javafx.scene.control.Control c && c.getAccessibleText() == null) {
            c.setAccessibleText(label);
        }
        int r = g.getRowCount();
        g.add(l, 0, r);
        g.add(field, 1, r);
    }

    public static TextField field(String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        return f;
    }

    /** A multi-line field that Tab and Shift+Tab leave ({@link TabMovesFocus}). */
    public static TextArea area(String prompt, int rows) {
        TextArea a = TabMovesFocus.install(new TextArea());
        a.setPromptText(prompt);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    /** Wraps a page's content so it scrolls vertically and fills the width. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.getStyleClass().add("edge-to-edge");
        if (content instanceof VBox v) {
            v.setPadding(new Insets(0));
        }
        return sp;
    }
}
