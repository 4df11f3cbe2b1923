package com.salescallplanner.ui.shell;

import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.settings.FocusScroller;
import com.salescallplanner.ui.settings.SalesProcessView;
import com.salescallplanner.ui.settings.SalesProcessViewModel;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.ToggleSwitch;

/**
 * Preferences: the theme (JavaFX cannot read the system's dark mode), the sales process (stages
 * and commitment ladder, part of the rep's data, so edits are undoable) and where the data lives.
 */
public final class SettingsView implements PageView {
    public static final String DARK_ID = "settings-dark";
    private final Node root;
    private final SalesProcessView process;

    public SettingsView(BooleanProperty dark, String dataLocation, SalesProcessViewModel processVm) {
        Label title = new Label("Settings");
        title.getStyleClass().add(TITLE_2);
        ToggleSwitch toggle = new ToggleSwitch("Dark theme");
        toggle.setId(DARK_ID);
        toggle.selectedProperty().bindBidirectional(dark);
        toggle.setAccessibleText("Dark theme");
        toggle.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane g = PageLayout.grid();
        Label where = new Label(dataLocation);
        where.setWrapText(true);
        PageLayout.row(g, "Data", where);
        process = new SalesProcessView(processVm);
        VBox page = new VBox(16, title, PageLayout.section("Appearance", toggle), process.stagesSection(),
                process.ladderSection(), PageLayout.section("Storage", g));
        page.getStyleClass().add(Css.PAGE);
        ScrollPane scrolling = PageLayout.scrolling(page);
        FocusScroller.follow(scrolling);
        root = scrolling;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        process.dispose();
    }
}
