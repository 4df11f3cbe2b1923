package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelWriterTest {
    @TempDir
    Path folder;

    @Test
    void write_manyPiecesOfEverySize_fileHoldsEveryByteInOrder() throws Exception {
        Random rnd = new Random(5);
        byte[] expected = new byte[ChannelWriter.BUFFER_SIZE * 7 + 12_345];
        rnd.nextBytes(expected);
        Path file = folder.resolve("out.bin");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             ChannelWriter out = new ChannelWriter(ch)) {
            int at = 0;
            while (at < expected.length) {
                int n = Math.min(expected.length - at, rnd.nextBoolean() ? rnd.nextInt(100) : rnd.nextInt(1 << 20));
                if (n == 1) {
                    out.write(expected[at]);
                } else {
                    out.write(expected, at, n);
                }
                at += n;
            }
            out.finish();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    }

    @Test
    void finish_channelRefusesWrites_reportsTheErrorInsteadOfHanging() throws Exception {
        Path file = folder.resolve("read-only.bin");
        Files.write(file, new byte[0]);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             ChannelWriter out = new ChannelWriter(ch)) {
            assertThatThrownBy(() -> {
                out.write(new byte[ChannelWriter.BUFFER_SIZE * 5]);
                out.finish();
            }).isInstanceOf(IOException.class);
        }
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void close_withoutFinish_stopsTheWriter() throws Exception {
        Path file = folder.resolve("abandoned.bin");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ChannelWriter out = new ChannelWriter(ch);
            out.write(new byte[ChannelWriter.BUFFER_SIZE * 2 + 10]);
            out.close();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("planner-file-writer"));
        }
    }
}
