package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salescallplanner.ui.port.WindowSettings;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesSettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void saved_settings_areReadBackByTheNextStart() {
        WindowSettings s = WindowSettings.DEFAULTS.withDark(true).withBounds(40, 60, 1000, 700, false);
        new PropertiesSettingsStore(folder).save(s);
        assertThat(new PropertiesSettingsStore(folder).load()).isEqualTo(s);
    }

    @Test
    void missingFile_givesTheDefaults() {
        assertThat(new PropertiesSettingsStore(folder).load()).isEqualTo(WindowSettings.DEFAULTS);
    }

    @Test
    void garbledValues_fallBackPerValueAndTinySizesAreRaised() throws IOException {
        Files.writeString(folder.resolve(PropertiesSettingsStore.FILE), "dark=true\nwidth=abc\nheight=10\n");
        WindowSettings s = new PropertiesSettingsStore(folder).load();
        assertThat(s.dark()).isTrue();
        assertThat(s.width()).isEqualTo(WindowSettings.DEFAULT_WIDTH);
        assertThat(s.height()).isEqualTo(WindowSettings.MIN_HEIGHT);
        assertThat(s.hasPosition()).isFalse();
    }

    @Test
    void load_givesWhatTheFileHeldWhenTheStoreWasMade_readingNothingItself() throws IOException {
        WindowSettings s = WindowSettings.DEFAULTS.withDark(true);
        new PropertiesSettingsStore(folder).save(s);
        PropertiesSettingsStore store = new PropertiesSettingsStore(folder);
        store.reading().join(); // on the store's own thread, started when it was made
        Files.writeString(folder.resolve(PropertiesSettingsStore.FILE), "dark=false\n");
        assertThat(store.load()).isEqualTo(s);
    }

    @Test
    void savedFile_isReadableByItsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        new PropertiesSettingsStore(folder).save(WindowSettings.DEFAULTS);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(
                PropertiesSettingsStore.FILE)))).isEqualTo("rw-------");
    }
}
