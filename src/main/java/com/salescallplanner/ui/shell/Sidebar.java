package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.Section;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import javafx.event.ActionEvent;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** The navigation column: one entry per section, the current page's section highlighted. */
final class Sidebar extends VBox {
    private final Map<Section, ToggleButton> items = new EnumMap<>(Section.class);

    private final Function<Section, KeyCombination> keys;

    /** @param keys the shortcut that opens each page, named in its tooltip */
    Sidebar(MainViewModel vm, Function<Section, KeyCombination> keys) {
        super(4);
        this.keys = keys;
        getStyleClass().add(Css.SIDEBAR);
        Label title = new Label("Sales Call Planner", Icons.of(Feather.PHONE_CALL));
        title.getStyleClass().add(Css.SIDEBAR_TITLE);
        getChildren().add(title);
        // No ToggleGroup: a group lets Tab reach only its selected entry; here each entry is on the Tab path.
        add(vm, Section.PROSPECTS, Feather.USERS);
        add(vm, Section.TODAY, Feather.SUN);
        add(vm, Section.PIPELINE, Feather.COLUMNS);
        add(vm, Section.REPORTS, Feather.BAR_CHART_2);
        add(vm, Section.TEAM, Feather.BRIEFCASE);
        items.get(Section.TEAM).visibleProperty().bind(vm.teamManagerProperty());
        items.get(Section.TEAM).managedProperty().bind(vm.teamManagerProperty());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        getChildren().add(grow);
        add(vm, Section.SETTINGS, Feather.SETTINGS);
        add(vm, Section.HELP, Feather.HELP_CIRCLE);
        vm.pageProperty().addListener((obs, o, p) -> select(p.section()));
        select(vm.pageProperty().get().section());
    }

    private void add(MainViewModel vm, Section s, Feather icon) {
        ToggleButton b = new PageButton(s.title(), Icons.of(icon));
        b.setId("nav-" + s.name().toLowerCase());
        b.getStyleClass().add(Css.SIDEBAR_ITEM);
        b.setMaxWidth(Double.MAX_VALUE);
        String shortcut = keys.apply(s).getDisplayText();
        b.setAccessibleText(s.title() + " (" + shortcut + ")");
        b.setTooltip(new Tooltip(s.title() + " (" + shortcut + ")"));
        // Reachable with Tab, and Up / Down within the column; Space or Enter opens the page.
        b.setFocusTraversable(true);
        b.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                step(b, e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        b.setOnAction(e -> {
            vm.show(s);
            select(vm.pageProperty().get().section());
        });
        items.put(s, b);
        getChildren().add(b);
    }

    /** Moves the focus to the next shown entry up or down the column. */
    private void step(ToggleButton from, int by) {
        java.util.List<ToggleButton> shown = items.values().stream().filter(ToggleButton::isVisible).toList();
        java.util.List<ToggleButton> ordered = getChildren().stream().filter(shown::contains)
                .map(ToggleButton.class::cast).toList();
        int at = ordered.indexOf(from) + by;
        if (at >= 0 && at < ordered.size()) {
            ordered.get(at).requestFocus();
        }
    }

    private void select(Section s) {
        items.forEach((k, b) -> b.setSelected(k == s));
    }

    /**
     * A sidebar entry that does not select itself when pressed: the page it names may still ask
     * first (an unsaved plan), and the highlight must stay on the page shown until the answer.
     * The selection follows the page shown ({@link #select}).
     */
    private static final class PageButton extends ToggleButton {
        PageButton(String text, javafx.scene.Node graphic) {
            super(text, graphic);
            addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    fire();
                    e.consume();
                }
            });
        }

        @Override
        public void fire() {
            if (!isDisabled()) {
                fireEvent(new ActionEvent());
            }
        }
    }
}
