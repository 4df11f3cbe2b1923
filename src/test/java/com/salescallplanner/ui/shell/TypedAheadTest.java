package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.junit.jupiter.api.Test;

/** What is kept of the keys pressed while the data is read (issue 14 item 11), without a screen. */
class TypedAheadTest {
    private final TypedAhead typed = new TypedAhead();

    private static KeyEvent typedChar(String c, boolean control, boolean alt) {
        return new KeyEvent(KeyEvent.KEY_TYPED, c, "", KeyCode.UNDEFINED, false, control, alt, false);
    }

    private void type(String text) {
        text.codePoints().forEach(cp -> typed.key(typedChar(Character.toString(cp), false, false)));
    }

    private void backspace() {
        typed.key(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false, false, false));
    }

    @Test
    void typedText_isKept_backspaceRemovesOneCharacter_evenAnEmoji() {
        type("glox");
        backspace();
        backspace();
        type("obex \uD83D\uDE80");
        assertThat(typed.text()).isEqualTo("globex \uD83D\uDE80");
        backspace();
        assertThat(typed.text()).isEqualTo("globex ");
    }

    @Test
    void controlKeys_typeNothing_butAltGrCharactersDo() {
        type("a");
        typed.key(typedChar("\t", false, false));
        typed.key(typedChar("\u0008", false, false));
        typed.key(typedChar("z", true, false)); // Ctrl+Z
        typed.key(typedChar("@", true, true)); // AltGr+Q on a German keyboard, as Windows reports it
        assertThat(typed.text()).isEqualTo("a@");
    }

    @Test
    void aShortcut_dropsTheTextAroundIt() {
        type("acme");
        typed.shortcutPressed();
        type("more");
        assertThat(typed.text()).isEmpty();
    }

    @Test
    void take_givesTheTextOnce() {
        type("acme");
        assertThat(typed.take()).isEqualTo("acme");
        assertThat(typed.take()).isEmpty();
    }

    private void press(KeyCode code) {
        typed.key(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    @Test
    void enterAfterText_isKept_untilTheRepTypesOnOrTakesIt() {
        press(KeyCode.ENTER);
        assertThat(typed.enterAfter()).as("Enter with nothing typed opens nothing").isFalse();
        type("glob");
        press(KeyCode.ENTER);
        assertThat(typed.enterAfter()).isTrue();
        assertThat(typed.keptText()).isEqualTo("\u201cglob\u201d and Enter are kept until your data is loaded.");
        backspace();
        assertThat(typed.enterAfter()).isFalse();
        press(KeyCode.ENTER);
        assertThat(typed.take()).isEqualTo("glo");
        assertThat(typed.enterAfter()).isFalse();
        assertThat(typed.keptText()).isEmpty();
    }
}
