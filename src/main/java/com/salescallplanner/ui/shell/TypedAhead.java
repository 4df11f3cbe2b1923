package com.salescallplanner.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text typed while the data is being read (issue 15: a rep who starts typing a prospect's name
 * as the window appears lost it). It is kept, with Backspace applied, and put into the field that
 * has the focus once the data is in: on the prospect list, its search. A shortcut pressed
 * meanwhile wins: it waits for the data itself (MainWindow), and the text around it, meant for
 * the page it leaves or for what it opens, is dropped, as the status bar then says.
 */
final class TypedAhead {
    private final StringBuilder text = new StringBuilder();
    private boolean shortcutPressed;

    /** A key event that reached no control while loading and is no shortcut. */
    void key(KeyEvent e) {
        if (shortcutPressed) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.BACK_SPACE && !text.isEmpty()) {
            text.setLength(text.offsetByCodePoints(text.length(), -1));
        } else if (e.getEventType() == KeyEvent.KEY_TYPED && typesText(e)) {
            text.append(e.getCharacter());
        }
    }

    void shortcutPressed() {
        shortcutPressed = true;
        text.setLength(0);
    }

    String text() {
        return text.toString();
    }

    /** The text kept, once; empty from then on. */
    String take() {
        String kept = text.toString();
        text.setLength(0);
        return kept;
    }

    /** A character, not a control key; AltGr (Ctrl+Alt on Windows) types characters too. */
    private static boolean typesText(KeyEvent e) {
        String c = e.getCharacter();
        boolean command = e.isMetaDown() || e.isControlDown() && !e.isAltDown();
        return !c.isEmpty() && !command && c.codePoints().noneMatch(Character::isISOControl);
    }
}
