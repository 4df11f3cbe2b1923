package com.salescallplanner.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab leave a multi-line field, as they leave every other control: a TextArea would
 * type a tab character, which no note, objective or question needs (issue 14 item 2). Ctrl+Tab, the
 * TextArea's own way out, still works, and is what this hands the area.
 */
public final class TabMovesFocus {
    private static final String INSTALLED = TabMovesFocus.class.getName();

    private TabMovesFocus() {
    }

    /** Installs the keys once (a second call on the same area does nothing), and returns the area. */
    public static <T extends TextArea> T install(T area) {
        if (area.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return area;
        }
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                        KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
