package com.salescallplanner.ui.shell;

import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.PageLayout;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.settings.FocusScroller;
import com.salescallplanner.ui.settings.SalesProcessView;
import com.salescallplanner.ui.settings.SalesProcessViewModel;
import com.salescallplanner.ui.settings.TeamServerViewModel;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

    public static final String TEAM_URL_ID = "settings-team-url";
    public static final String TEAM_USE_ID = "settings-team-use";
    public static final String TEAM_FOLDER_ID = "settings-team-folder";
    public static final String TEAM_MESSAGE_ID = "settings-team-message";

    public SettingsView(BooleanProperty dark, String dataLocation, SalesProcessViewModel processVm,
                        TeamServerViewModel teamVm) {
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
                process.ladderSection(), process.learnedSection(), PageLayout.section("Storage", g), teamSection(teamVm));
        page.getStyleClass().add(Css.PAGE);
        ScrollPane scrolling = PageLayout.scrolling(page);
        FocusScroller.follow(scrolling);
        root = scrolling;
    }

    /** Settings > Team: switch to a team database's URL, or back to the data folder (the window reopens on it). */
    private static Node teamSection(TeamServerViewModel vm) {
        Label now = new Label(vm.now());
        now.setWrapText(true);
        TextField url = new TextField();
        url.setId(TEAM_URL_ID);
        url.setPromptText("postgresql://you@db.example.com:5432/sales");
        url.textProperty().bindBidirectional(vm.urlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button use = new Button("Switch to this team database");
        use.setId(TEAM_USE_ID);
        use.setOnAction(e -> vm.useTeamDatabase());
        Button folder = new Button("Switch to this computer's data folder");
        folder.setId(TEAM_FOLDER_ID);
        folder.setOnAction(e -> vm.useDataFolder());
        Label message = new Label();
        message.setId(TEAM_MESSAGE_ID);
        message.setWrapText(true);
        message.getStyleClass().add(Css.MUTED);
        message.textProperty().bind(vm.messageProperty());
        Label help = new Label("A team keeps its planners on one PostgreSQL server: you see your own prospects and "
                + "calls, your manager coaches (docs/team.md). --server URL on the command line wins over this.");
        help.setWrapText(true);
        help.getStyleClass().add(Css.MUTED);
        return PageLayout.section("Team database", help, now, new HBox(8, url, use, folder), message);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public boolean canLeave() {
        return process.canLeave();
    }

    @Override
    public void dispose() {
        process.dispose();
    }
}
