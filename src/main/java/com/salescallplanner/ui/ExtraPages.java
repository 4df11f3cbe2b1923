package com.salescallplanner.ui;

import com.salescallplanner.ui.model.Workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Makes the pages built elsewhere (Today, Pipeline, Reports). The window asks this factory, so
 * the real pages replace the placeholders by wiring another factory in {@code app}.
 */
@FunctionalInterface
public interface ExtraPages {
    PageView create(Section section, Workspace workspace, Navigator navigator);

    /** A quiet "coming soon" page for each section. */
    static ExtraPages placeholders() {
        return (section, workspace, navigator) -> {
            Label title = new Label(section.title());
            title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_2);
            Label text = new Label("This view is on its way.");
            text.getStyleClass().add(Css.MUTED);
            VBox box = new VBox(8, title, text);
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().addAll(Css.PAGE, Css.PLACEHOLDER);
            return PageView.of(box);
        };
    }
}
