package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file streamed in is held to the same limits as one read whole. */
class RegularFilesTest {
    @TempDir
    Path folder;

    @Test
    void open_wholeFile_countsItsSize() throws Exception {
        Path file = Files.write(folder.resolve("f"), new byte[100_000]);
        try (RegularFiles.BoundedStream in = RegularFiles.open(file, 100_000)) {
            assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(100_000);
            assertThat(in.count()).isEqualTo(100_000);
        }
    }

    @Test
    void open_largerThanTheLimit_refusedBeforeReading() throws Exception {
        Path file = Files.write(folder.resolve("f"), new byte[101]);
        assertThatThrownBy(() -> RegularFiles.open(file, 100))
                .isInstanceOfSatisfying(RegularFiles.FileTooLargeException.class, e -> assertThat(e.size()).isEqualTo(101));
    }

    @Test
    void open_fileGrowsPastTheLimitWhileRead_refusedWhenTheLimitIsPassed() throws Exception {
        Path file = Files.write(folder.resolve("f"), new byte[90]);
        try (InputStream in = RegularFiles.open(file, 100)) {
            assertThat(in.readNBytes(50)).hasSize(50);
            Files.write(file, new byte[60], StandardOpenOption.APPEND);
            assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                    .isInstanceOfSatisfying(RegularFiles.FileTooLargeException.class, e -> assertThat(e.size()).isEqualTo(-1));
        }
    }

    @Test
    void open_folder_namesWhatItIs() {
        assertThatThrownBy(() -> RegularFiles.open(folder, 100))
                .isInstanceOfSatisfying(RegularFiles.NotRegularFileException.class,
                        e -> assertThat(e.kind()).isEqualTo("a folder"));
    }
}
