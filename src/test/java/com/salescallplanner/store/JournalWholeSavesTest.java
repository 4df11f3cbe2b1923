package com.salescallplanner.store;

import static com.salescallplanner.store.JournalTest.noted;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that changes several records is applied whole or not at all: a kill can cut its write short
 * after any complete line (the crash test once read back one of an edit's two records).
 */
class JournalWholeSavesTest {
    @TempDir
    Path folder;

    private Path journal() {
        return folder.resolve(Journal.FILE_NAME);
    }

    /** Saved whole, then "one" (one record), then "two" (two records: prospects 0 and 1), left unfolded. */
    private PlannerData[] twoSaves() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(TestData.full());
        }
        PlannerStore store = PlannerStore.openForWriting(folder);
        PlannerData one = noted(store.load().data(), 0, "one");
        store.saveEdits(one);
        PlannerData two = noted(noted(one, 0, "two"), 1, "touched by two");
        store.saveEdits(two);
        JournalTest.abandon(store);
        return new PlannerData[] {one, two};
    }

    private List<String> lines() throws Exception {
        return Files.readAllLines(journal(), StandardCharsets.UTF_8);
    }

    private void write(List<String> lines, String tail) throws Exception {
        Files.write(journal(), (String.join("\n", lines) + "\n" + tail).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void saveOfTwoRecords_eachLineSaysWhatFollows_andBothAreApplied() throws Exception {
        PlannerData[] saved = twoSaves();

        assertThat(lines()).hasSize(4);
        assertThat(lines().get(2)).startsWith("{\"seq\":2,\"key\":\"prospect:").contains(",\"rest\":1,\"body\":");
        assertThat(lines().get(3)).startsWith("{\"seq\":3,\"key\":\"prospect:").contains(",\"rest\":0,\"body\":");
        LoadResult read = PlannerStore.openForReading(folder).load();
        assertThat(read.data()).isEqualTo(saved[1]);
        assertThat(read.notice()).isEmpty();
    }

    @Test
    void writeCutAfterTheSavesFirstLine_theWholeSaveIsLeftOut() throws Exception {
        PlannerData[] saved = twoSaves();
        write(lines().subList(0, 3), "");

        LoadResult read = PlannerStore.openForReading(folder).load();

        assertThat(read.data()).as("not half of save two").isEqualTo(saved[0]);
        assertThat(read.notice()).hasValueSatisfying(n -> assertThat(n).contains("is incomplete").contains("left out"));
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            PlannerData d = store.load().data();
            assertThat(d).isEqualTo(saved[0]);
            store.saveEdits(noted(d, 0, "after the cut"));
            JournalTest.abandon(store);
        }
        LoadResult again = PlannerStore.openForReading(folder).load();
        assertThat(again.data()).isEqualTo(noted(saved[0], 0, "after the cut"));
        assertThat(again.notice()).isEmpty();
    }

    @Test
    void writeCutInTheSavesSecondLine_theWholeSaveIsLeftOut() throws Exception {
        PlannerData[] saved = twoSaves();
        List<String> lines = lines();
        String second = lines.get(3);
        write(lines.subList(0, 3), second.substring(0, second.length() / 2));

        LoadResult read = PlannerStore.openForReading(folder).load();

        assertThat(read.data()).isEqualTo(saved[0]);
        assertThat(read.notice()).hasValueSatisfying(n -> assertThat(n).contains("left out"));
    }

    @Test
    void damagedSecondLineOfASave_noneOfTheSaveIsApplied_andTheDamageIsReported() throws Exception {
        PlannerData[] saved = twoSaves();
        List<String> lines = new ArrayList<>(lines());
        lines.set(3, lines.get(3).replace("\"seq\":3", "\"seq\":3 "));
        write(lines, "");

        LoadResult read = PlannerStore.openForReading(folder).load();

        assertThat(read.data()).isEqualTo(saved[0]);
        assertThat(read.notice()).hasValueSatisfying(n -> assertThat(n)
                .contains("planner.journal is damaged at line 3 (its checksum does not match its content")
                .contains("The edit before it is applied; that line and the 1 after it are not."));
    }

    @Test
    void journalOfFormatOne_linesWithoutRest_eachIsASaveOfItsOwn() throws Exception {
        PlannerData[] saved = twoSaves();
        List<String> v1 = new ArrayList<>();
        for (String line : lines()) {
            String open = line.substring(0, line.lastIndexOf(",\"crc32c\""))
                    .replace("{\"journal\":" + JournalLines.VERSION, "{\"journal\":1").replaceFirst(",\"rest\":\\d+", "");
            v1.add(new String(JournalTest.sealed(open), StandardCharsets.UTF_8).strip());
        }
        write(v1, "");
        assertThat(lines().get(0)).startsWith("{\"journal\":1,");

        LoadResult all = PlannerStore.openForReading(folder).load();
        assertThat(all.data()).isEqualTo(saved[1]);
        assertThat(all.notice()).isEmpty();

        write(v1.subList(0, 3), "");
        assertThat(PlannerStore.openForReading(folder).load().data()).as("format 1 knew no saves: line by line")
                .isEqualTo(noted(saved[0], 0, "two"));

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            PlannerData d = store.load().data();
            store.saveEdits(noted(d, 1, "after the upgrade"));
            JournalTest.abandon(store);
        }
        assertThat(lines().get(0)).as("written afresh in format 2 before the append").startsWith("{\"journal\":2,");
        assertThat(PlannerStore.openForReading(folder).load().data())
                .isEqualTo(noted(noted(saved[0], 0, "two"), 1, "after the upgrade"));
    }

    @Test
    void header_namesTheFileItExtends() throws Exception {
        twoSaves();
        byte[] file = Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME));
        CRC32C crc = new CRC32C();
        crc.update(file);
        assertThat(lines().get(0)).contains("\"size\":" + file.length)
                .contains(JournalLines.hex(crc.getValue()));
        assertThat(Arrays.asList(lines().get(0).split(","))).first().isEqualTo("{\"journal\":2");
    }
}
