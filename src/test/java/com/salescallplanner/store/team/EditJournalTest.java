package com.salescallplanner.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.store.edits.RecordKey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue of edits for the server: a save reaches it whole or not at all, also after a crash. */
class EditJournalTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("edits.jsonl");
    }

    private static Edit edit(long seq, String prospect) {
        return new Edit(seq, RecordKey.prospect(prospect), 0, "{\"id\":\"" + prospect + "\"}", "");
    }

    private static List<Long> seqs(EditJournal.Contents c) {
        return c.edits().stream().map(Edit::seq).toList();
    }

    /** One save of one record, then one save of two, as the window makes them. */
    private byte[] twoSaves() throws Exception {
        try (EditJournal j = new EditJournal(file())) {
            j.append(List.of(edit(1, "a")));
            j.append(List.of(edit(2, "b"), edit(3, "c")));
        }
        return Files.readAllBytes(file());
    }

    private int startOfLine(byte[] bytes, int line) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == line) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line " + line);
    }

    @Test
    void read_wholeSaves_allEdits() throws Exception {
        twoSaves();

        assertThat(seqs(EditJournal.read(file()))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void read_writeCutAfterTheFirstLineOfASave_leavesTheWholeSaveOut() throws Exception {
        byte[] all = twoSaves();
        Files.write(file(), Arrays.copyOf(all, startOfLine(all, 2)));

        assertThat(seqs(EditJournal.read(file()))).containsExactly(1L);
    }

    @Test
    void read_writeCutInTheSecondLineOfASave_leavesTheWholeSaveOut() throws Exception {
        byte[] all = twoSaves();
        Files.write(file(), Arrays.copyOf(all, startOfLine(all, 2) + 10));

        assertThat(seqs(EditJournal.read(file()))).containsExactly(1L);
    }

    @Test
    void open_afterACutSave_cutsItOffSoTheNextSavesReadBackWhole() throws Exception {
        byte[] all = twoSaves();
        Files.write(file(), Arrays.copyOf(all, startOfLine(all, 2)));

        try (EditJournal j = new EditJournal(file())) {
            j.append(List.of(edit(4, "d"), edit(5, "e")));
            j.ack(1);
        }

        EditJournal.Contents c = EditJournal.read(file());
        assertThat(seqs(c)).containsExactly(1L, 4L, 5L);
        assertThat(c.acked()).containsExactly(1L);
        assertThat(c.cutAt()).isEqualTo(-1);
    }

    @Test
    void read_linesWrittenBeforeSavesWereMarked_eachIsASaveOfItsOwn() throws Exception {
        Files.writeString(file(), "{\"seq\":1,\"key\":\"prospect:a\",\"base\":0,\"prospectId\":\"\",\"body\":\"{}\"}\n"
                + "{\"seq\":2,\"key\":\"prospect:b\",\"base\":0,\"prospectId\":\"\",\"body\":\"{}\"}\n"
                + "{\"seq\":3,\"key\":\"prospect:c\",\"ba", StandardCharsets.UTF_8);

        assertThat(seqs(EditJournal.read(file()))).containsExactly(1L, 2L);
    }
}
