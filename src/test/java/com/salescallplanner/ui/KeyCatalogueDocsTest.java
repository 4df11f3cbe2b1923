package com.salescallplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** docs/ui.md's keyboard table lists every key of the catalogue Help reads. */
class KeyCatalogueDocsTest {
    @Test
    void docsKeyboardTable_listsEveryEntry() throws IOException {
        String doc = Files.readString(Path.of("docs/ui.md"));
        int from = doc.indexOf("## Keyboard");
        String section = doc.substring(from, doc.indexOf("\n## ", from + 1));
        List<String> keyCells = section.lines().filter(l -> l.startsWith("| "))
                .map(l -> l.substring(2, l.indexOf(" |", 2)).trim()).toList();
        for (KeyCatalogue.Entry e : KeyCatalogue.all()) {
            assertThat(keyCells).as("docs/ui.md lists %s (%s)", e.portableText(), e.description())
                    .contains(e.portableText());
        }
    }

    @Test
    void portableText_namesTheKeysTheSameOnEverySystem() {
        assertThat(KeyCatalogue.REDO.portableText()).isEqualTo("Shortcut+Shift+Z / Shortcut+Y");
        assertThat(KeyCatalogue.MOVE_CARD.portableText()).isEqualTo("Shortcut+Left / Shortcut+Right");
        assertThat(KeyCatalogue.goTo(Section.TEAM).getName()).isEqualTo("Shortcut+6");
        assertThat(KeyCatalogue.goTo(Section.SETTINGS).getName()).isEqualTo("Shortcut+5");
    }
}
