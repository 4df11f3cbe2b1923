package com.salescallplanner.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every key the window answers to, with what it does: the one list the key bindings (the main
 * window's shortcuts, the board's move keys, the stage table's F2) and the Help page both read,
 * so Help cannot miss a key the window has. docs/ui.md lists the same ({@code KeyCatalogueDocsTest}).
 */
public final class KeyCatalogue {
    /** Window-wide shortcuts: they work on every page. */
    public static final Entry NEW_PROSPECT = window("New prospect", "Shortcut+N");
    public static final Entry PLAN_CALL = window("Plan a call with the current prospect; on Reports, print the report",
            "Shortcut+P");
    public static final Entry START_CALL = window("Start the current prospect's next call; in the plan editor, save "
            + "and start this call", "Shortcut+Enter");
    public static final Entry SEARCH = window("Search prospects", "Shortcut+F");
    public static final Entry IMPORT = window("Import prospects from a CRM export (CSV)", "Shortcut+I");
    public static final Entry UNDO = window("Undo", "Shortcut+Z");
    public static final Entry REDO = window("Redo", "Shortcut+Shift+Z", "Shortcut+Y");
    public static final Entry HELP = window("Help", "F1");

    /** Keys that work where they say (a page, a table, a field). */
    public static final Entry OPEN = local("Open the selected prospect; on Today, start the selected call (review "
            + "it, in \"Needs review\"; on a day without calls, plan one with the prospect that waited longest); in "
            + "Reports' stranded prospects, plan the selected one's next call", "Enter");
    public static final Entry SEARCH_RESULT = local("In the prospect search: open the selected prospect, or the top "
            + "match / go into the list (its first row selected)", "Enter", "Down");
    public static final Entry NEXT_FIELD = local("Next / previous control, the sidebar included; in multi-line "
            + "fields too (notes, objectives, agenda, questions, example objectives: they type no tab character)",
            "Tab", "Shift+Tab");
    public static final Entry SIDEBAR = local("In the sidebar: previous / next page (Enter or Space opens it)",
            "Up", "Down");
    public static final Entry NEW_LINE = local("New line in a plan's objectives, agenda and questions (Enter alone "
            + "adds none)", "Shift+Enter");
    public static final Entry LEAVE_AREA = local("Leave a multi-line field (as Tab does)", "Shortcut+Tab");
    public static final Entry TICK = local("In call mode, outside the notes: tick the stretch / conservative objective",
            "1", "2");
    public static final Entry MOVE_CARD = local("On the pipeline: move the selected card one stage back / on",
            "Shortcut+Left", "Shortcut+Right");
    public static final Entry CARD_MENU = local("On the pipeline: the selected card's menu", "Shift+F10");
    public static final Entry DELETE = local("Delete the selected prospect; in Settings, remove the selected stage",
            "Delete");
    public static final Entry RENAME = local("In Settings: rename the selected stage", "F2");

    public static final Entry GO_PROSPECTS = goEntry(Section.PROSPECTS, "Shortcut+1");
    public static final Entry GO_TODAY = goEntry(Section.TODAY, "Shortcut+2");
    public static final Entry GO_PIPELINE = goEntry(Section.PIPELINE, "Shortcut+3");
    public static final Entry GO_REPORTS = goEntry(Section.REPORTS, "Shortcut+4");
    public static final Entry GO_SETTINGS = goEntry(Section.SETTINGS, "Shortcut+5");
    public static final Entry GO_TEAM = window("Go to Team (a manager on a team database)", "Shortcut+6");

    private KeyCatalogue() {
    }

    /** The keys that open a page of the sidebar; the sidebar's tooltips name them too. */
    public static KeyCombination goTo(Section s) {
        return switch (s) {
            case PROSPECTS -> GO_PROSPECTS.first();
            case TODAY -> GO_TODAY.first();
            case PIPELINE -> GO_PIPELINE.first();
            case REPORTS -> GO_REPORTS.first();
            case SETTINGS -> GO_SETTINGS.first();
            case TEAM -> GO_TEAM.first();
            case HELP -> HELP.first();
        };
    }

    /** Every window-wide shortcut (pages included), in Help's order. */
    public static List<Entry> windowWide() {
        return List.of(NEW_PROSPECT, PLAN_CALL, START_CALL, SEARCH, IMPORT, UNDO, REDO, HELP, GO_PROSPECTS, GO_TODAY,
                GO_PIPELINE, GO_REPORTS, GO_SETTINGS, GO_TEAM);
    }

    /** The keys of a page, a table or a field, in Help's order. */
    public static List<Entry> local() {
        return List.of(OPEN, SEARCH_RESULT, NEXT_FIELD, SIDEBAR, NEW_LINE, LEAVE_AREA, TICK, MOVE_CARD, CARD_MENU, DELETE, RENAME);
    }

    /** Everything, window-wide first. */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>(windowWide());
        all.addAll(local());
        return all;
    }

    private static Entry goEntry(Section s, String keys) {
        return window("Go to " + s.title(), keys);
    }

    private static Entry window(String description, String... keys) {
        return new Entry(Arrays.stream(keys).map(KeyCombination::keyCombination).toList(), description, true);
    }

    private static Entry local(String description, String... keys) {
        return new Entry(Arrays.stream(keys).map(KeyCombination::keyCombination).toList(), description, false);
    }

    /**
     * One line of Help: the keys (alternatives, or a pair such as back / on) and what they do.
     *
     * @param windowWide whether the main window binds it on every page (else a page, table or field does)
     */
    public record Entry(List<KeyCombination> keys, String description, boolean windowWide) {
        public Entry {
            keys = List.copyOf(keys);
        }

        public KeyCombination first() {
            return keys.get(0);
        }

        public boolean matches(KeyEvent e) {
            return keys.stream().anyMatch(k -> k.match(e));
        }

        /** As this system writes them: "Ctrl+Shift+Z / Ctrl+Y" (on a Mac, with its symbols). */
        public String displayText() {
            return keys.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(" / "));
        }

        /** As docs/ui.md writes them, the same on every system: "Shortcut+Shift+Z / Shortcut+Y". */
        public String portableText() {
            return keys.stream().map(Entry::portable).collect(Collectors.joining(" / "));
        }

        private static String portable(KeyCombination k) {
            StringBuilder b = new StringBuilder();
            if (k.getShortcut() == KeyCombination.ModifierValue.DOWN) {
                b.append("Shortcut+");
            }
            if (k.getControl() == KeyCombination.ModifierValue.DOWN) {
                b.append("Ctrl+");
            }
            if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
                b.append("Shift+");
            }
            if (k.getAlt() == KeyCombination.ModifierValue.DOWN) {
                b.append("Alt+");
            }
            KeyCode code = ((KeyCodeCombination) k).getCode();
            return b.append(code.getName()).toString();
        }
    }
}
