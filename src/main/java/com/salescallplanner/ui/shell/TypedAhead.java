package com.salescallplanner.ui.shell;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text typed while the data is being read (issue 15: a rep who starts typing a prospect's name
 * as the window appears lost it). It is kept, with Backspace applied, and put into the field that
 * has the focus once the data is in: on the prospect list, its search. A shortcut pressed
 * meanwhile wins: it waits for the data itself (MainWindow), and the text around it, meant for
 * the page it leaves or for what it opens, is dropped, as the status bar then says. Enter pressed
 * right after the text is kept too (on the list's search it opens the top match): typing a
 * prospect's name and Enter as the window appears opens that prospect once the data is in.
 */
final class TypedAhead {
    private final StringBuilder text = new StringBuilder();
    private boolean shortcutPressed;
    private boolean enter;

    /** A key event that reached no control while loading and is no shortcut. */
    void key(KeyEvent e) {
        if (shortcutPressed) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.BACK_SPACE && !text.isEmpty()) {
            text.setLength(text.offsetByCodePoints(text.length(), -1));
            enter = false;
        } else if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.ENTER && !text.isEmpty()
                && !e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
            enter = true;
        } else if (e.getEventType() == KeyEvent.KEY_TYPED && typesText(e)) {
            text.append(e.getCharacter());
            enter = false; // the rep went on typing: the Enter was not the last word
        }
    }

    void shortcutPressed() {
        shortcutPressed = true;
        text.setLength(0);
        enter = false;
    }

    /** True when Enter was the last key kept, after the text. */
    boolean enterAfter() {
        return enter;
    }

    /** What the status bar says of what is kept. */
    String keptText() {
        return text.isEmpty() ? "" : "\u201c" + text + "\u201d" + (enter ? " and Enter are" : " is")
                + " kept until your data is loaded.";
    }

    String text() {
        return text.toString();
    }

    /**
     * Puts the text kept into {@code focus} when it is a field that takes it, and an Enter pressed
     * after the text then reaches that field as if pressed now; says so when there is no field.
     */
    void putInto(Node focus, Consumer<String> tell) {
        boolean enterToo = enter;
        String kept = take();
        if (kept.isEmpty()) {
            return;
        }
        tell.accept("");
        if (focus instanceof TextInputControl field && field.isEditable() && !field.isDisabled()) {
            field.replaceSelection(kept);
            if (enterToo) {
                field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            }
        } else {
            tell.accept("\u201c" + kept + "\u201d, typed while your data was loading, has no field on this page.");
        }
    }

    /** The text kept, once; empty from then on (and no Enter kept). */
    String take() {
        String kept = text.toString();
        text.setLength(0);
        enter = false;
        return kept;
    }

    /** A character, not a control key; AltGr (Ctrl+Alt on Windows) types characters too. */
    private static boolean typesText(KeyEvent e) {
        String c = e.getCharacter();
        boolean command = e.isMetaDown() || e.isControlDown() && !e.isAltDown();
        return !c.isEmpty() && !command && c.codePoints().noneMatch(Character::isISOControl);
    }
}
