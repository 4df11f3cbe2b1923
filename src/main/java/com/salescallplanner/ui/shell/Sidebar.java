package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.Section;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** The navigation column: one entry per section, the current page's section highlighted. */
final class Sidebar extends VBox {
    private final Map<Section, ToggleButton> items = new EnumMap<>(Section.class);

    Sidebar(MainViewModel vm) {
        super(4);
        getStyleClass().add(Css.SIDEBAR);
        Label title = new Label("Sales Call Planner", Icons.of(Feather.PHONE_CALL));
        title.getStyleClass().add(Css.SIDEBAR_TITLE);
        getChildren().add(title);
        ToggleGroup group = new ToggleGroup();
        add(vm, group, Section.PROSPECTS, Feather.USERS);
        add(vm, group, Section.TODAY, Feather.SUN);
        add(vm, group, Section.PIPELINE, Feather.COLUMNS);
        add(vm, group, Section.REPORTS, Feather.BAR_CHART_2);
        add(vm, group, Section.TEAM, Feather.BRIEFCASE);
        items.get(Section.TEAM).visibleProperty().bind(vm.teamManagerProperty());
        items.get(Section.TEAM).managedProperty().bind(vm.teamManagerProperty());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        getChildren().add(grow);
        add(vm, group, Section.SETTINGS, Feather.SETTINGS);
        add(vm, group, Section.HELP, Feather.HELP_CIRCLE);
        vm.pageProperty().addListener((obs, o, p) -> select(p.section()));
        select(vm.pageProperty().get().section());
    }

    private void add(MainViewModel vm, ToggleGroup group, Section s, Feather icon) {
        ToggleButton b = new ToggleButton(s.title(), Icons.of(icon));
        b.setId("nav-" + s.name().toLowerCase());
        b.setToggleGroup(group);
        b.getStyleClass().add(Css.SIDEBAR_ITEM);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAccessibleText(s.title());
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            vm.show(s);
            select(vm.pageProperty().get().section());
        });
        items.put(s, b);
        getChildren().add(b);
    }

    private void select(Section s) {
        items.forEach((k, b) -> b.setSelected(k == s));
    }
}
