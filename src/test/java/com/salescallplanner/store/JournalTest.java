package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal beside planner.json: edits made durable by appending, read back on the next
 * start, folded into planner.json on closing; and every way a journal line can be cut off or
 * damaged, each reported and none passed over.
 */
class JournalTest {
    @TempDir
    Path folder;

    private Path journal() {
        return folder.resolve(Journal.FILE_NAME);
    }

    static PlannerData noted(PlannerData d, int prospect, String notes) {
        Prospect p = d.prospects().get(prospect);
        return d.withProspect(p.withNotes(notes));
    }

    /** A writer that saved `base` whole, then made three edits through the journal and was killed (not closed). */
    private PlannerData threeJournalledEdits() throws Exception {
        PlannerData base = TestData.full();
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(base);
        }
        PlannerStore store = PlannerStore.openForWriting(folder);
        PlannerData d = store.load().data();
        d = noted(d, 0, "edit one");
        store.saveEdits(d);
        d = d.withoutProspect(d.prospects().get(1).id());
        store.saveEdits(d);
        d = noted(d, 0, "edit three");
        store.saveEdits(d);
        abandon(store);
        return d;
    }

    /** As if the process had been killed: the lock is let go, nothing is folded. */
    static void abandon(PlannerStore store) throws Exception {
        var lock = PlannerStore.class.getDeclaredField("lock");
        lock.setAccessible(true);
        ((FolderLock) lock.get(store)).close();
    }

    private List<String> journalLines() throws Exception {
        return Files.readAllLines(journal(), StandardCharsets.UTF_8);
    }

    @Test
    void saveEdits_writesOnlyTheEditAndTheNextStartReadsIt() throws Exception {
        PlannerData expected = threeJournalledEdits();
        byte[] file = Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME));
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("edit one", "edit three");
        assertThat(journalLines()).hasSize(5).allMatch(l -> l.matches("\\{.*,\"crc32c\":\"[0-9a-f]{8}\"}"));
        LoadResult r = PlannerStore.openForReading(folder).load();
        assertThat(r.data()).isEqualTo(expected);
        assertThat(r.notice()).isEmpty();
    }

    @Test
    void saveEdits_learnedPhrasing_isInTheJournalAndTheNextStartReadsIt() throws Exception {
        threeJournalledEdits();
        PlannerStore store = PlannerStore.openForWriting(folder);
        PlannerData d = store.load().data();
        // A correction the rep taught the checker is an edit like any other: saved at once, not at the next fold.
        d = d.withLearned(new com.salescallplanner.domain.LearnedPhrasing(
                com.salescallplanner.domain.check.LearnedPhrasings.phrasing("Dana runs the kit at her plant"),
                com.salescallplanner.domain.CommitmentKind.EVALUATE, null, null));
        store.saveEdits(d);
        abandon(store);
        assertThat(journalLines().get(journalLines().size() - 1)).contains("\"key\":\"settings:\"")
                .contains("learnedPhrasings");
        assertThat(PlannerStore.openForReading(folder).load().data().learned()).isEqualTo(d.learned());
    }

    @Test
    void close_foldsTheJournalIntoPlannerJsonAndKeepsTheOldVersionAsABackup() throws Exception {
        PlannerData expected = threeJournalledEdits();
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThat(store.load().data()).isEqualTo(expected);
        }
        assertThat(journalLines()).hasSize(1).allMatch(l -> l.startsWith("{\"journal\":" + JournalLines.VERSION + ",\"base\":"));
        assertThat(Files.readString(folder.resolve(PlannerStore.FILE_NAME))).contains("edit three");
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThat(store.load().data()).isEqualTo(expected);
            assertThat(store.backups()).isNotEmpty();
            PlannerData previous = PlannerStore.openForReading(folder).load().data();
            assertThat(previous).isEqualTo(expected);
        }
    }

    @Test
    void tornLastLine_isLeftOutAndReportedAndTheEditsBeforeItStay() throws Exception {
        PlannerData expected = threeJournalledEdits();
        byte[] line = JournalLines.edit(4, new com.salescallplanner.store.edits.PlannerDiff.Change(
                com.salescallplanner.store.edits.RecordKey.prospect("acme-1"), "{\"id\":\"acme-1\"}", ""), 0);
        Files.write(journal(), Arrays.copyOf(line, line.length / 2), StandardOpenOption.APPEND);

        LoadResult read = PlannerStore.openForReading(folder).load();
        assertThat(read.data()).isEqualTo(expected);
        assertThat(read.notice()).hasValueSatisfying(n -> assertThat(n).contains("The last line of planner.journal "
                + "is incomplete").contains("left out"));

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            PlannerData d = store.load().data();
            assertThat(d).isEqualTo(expected);
            assertThat(journalLines()).hasSize(5); // the cut-off line is gone before anything is appended
            store.saveEdits(noted(d, 0, "after the cut"));
            abandon(store);
        }
        LoadResult again = PlannerStore.openForReading(folder).load();
        assertThat(again.data()).isEqualTo(noted(expected, 0, "after the cut"));
        assertThat(again.notice()).isEmpty();
    }

    @Test
    void damagedLineInTheMiddle_appliesTheEditsBeforeItReportsItAndKeepsTheJournalAside() throws Exception {
        threeJournalledEdits();
        List<String> lines = journalLines();
        byte[] original = Files.readAllBytes(journal());
        List<String> damaged = new ArrayList<>(lines);
        damaged.set(3, damaged.get(3).replace("\"seq\":3", "\"seq\":3 ")); // one byte more: the checksum fails
        Files.write(journal(), (String.join("\n", damaged) + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] onDisk = Files.readAllBytes(journal());

        LoadResult read = PlannerStore.openForReading(folder).load();
        // Edit two (lines 3 and 4: the prospect's call, then the prospect) is one save: none of it is applied.
        PlannerData firstEditOnly = noted(TestData.full(), 0, "edit one");
        assertThat(read.data()).isEqualTo(firstEditOnly);
        assertThat(read.notice()).hasValueSatisfying(n -> assertThat(n)
                .contains("planner.journal is damaged at line 3 (its checksum does not match its content")
                .contains("at line 4)")
                .contains("The edit before it is applied; that line and the 2 after it are not.")
                .contains("planner.journal is left as it is"));
        assertThat(Files.readAllBytes(journal())).as("a reader changes nothing").isEqualTo(onDisk);

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            LoadResult r = store.load();
            assertThat(r.data()).isEqualTo(firstEditOnly);
            assertThat(r.notice()).hasValueSatisfying(n -> assertThat(n).contains("The journal is kept as "
                    + "planner-journal-damaged-"));
            abandon(store);
        }
        try (Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("planner-journal-damaged-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).as("kept byte for byte").isEqualTo(onDisk).isNotEqualTo(original);
        }
        LoadResult after = PlannerStore.openForReading(folder).load();
        assertThat(after.data()).as("the applied edit is in the new journal").isEqualTo(firstEditOnly);
        assertThat(after.notice()).isEmpty();
    }

    @Test
    void missingLine_isReportedAsAGapNotSkipped() throws Exception {
        threeJournalledEdits();
        List<String> lines = new ArrayList<>(journalLines());
        lines.remove(2);
        Files.write(journal(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

        LoadResult read = PlannerStore.openForReading(folder).load();
        assertThat(read.data()).isEqualTo(noted(TestData.full(), 0, "edit one"));
        assertThat(read.notice()).hasValueSatisfying(n -> assertThat(n).contains("damaged at line 3 (edit 3 follows "
                + "edit 1: the edits between them are missing)"));
    }

    @Test
    void plannerJsonReplacedByHand_journalIsNotAppliedButReportedAndKept() throws Exception {
        threeJournalledEdits();
        PlannerData other = TestData.withProspects(2);
        Files.write(folder.resolve(PlannerStore.FILE_NAME), written(other));

        LoadResult read = PlannerStore.openForReading(folder).load();
        assertThat(read.data()).isEqualTo(other);
        assertThat(read.notice()).hasValueSatisfying(n -> assertThat(n).contains("planner.journal holds 4 edits made "
                + "on another version of planner.json").contains("not applied"));
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThat(store.load().data()).isEqualTo(other);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(
                    "planner-journal-unapplied-"));
        }
    }

    @Test
    void journalOfANewerVersion_opensReadOnlyAndIsNotApplied() throws Exception {
        threeJournalledEdits();
        List<String> lines = new ArrayList<>(journalLines());
        String header = lines.get(0);
        String body = header.substring(0, header.lastIndexOf(",\"crc32c\""))
                .replace("{\"journal\":" + JournalLines.VERSION, "{\"journal\":" + (JournalLines.VERSION + 1));
        lines.set(0, new String(sealed(body), StandardCharsets.UTF_8).strip());
        Files.write(journal(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(journal());

        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            LoadResult r = store.load();
            assertThat(r.readOnly()).isTrue();
            assertThat(r.readOnlyReason()).hasValueSatisfying(n -> assertThat(n).contains("newer version"));
            assertThat(r.data()).isEqualTo(TestData.full());
            assertThatThrownBy(() -> store.saveEdits(noted(r.data(), 0, "x"))).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).kind()).isEqualTo(StoreException.Kind.READ_ONLY);
        }
        assertThat(Files.readAllBytes(journal())).isEqualTo(before);
    }

    @Test
    void readOnlyFile_refusesEditsAndLeavesTheJournalAlone() throws Exception {
        assumeTrue(OwnerOnly.POSIX);
        threeJournalledEdits();
        byte[] before = Files.readAllBytes(journal());
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            PlannerData d = store.load().data();
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
            assertThatThrownBy(() -> store.saveEdits(noted(d, 0, "refused"))).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).kind()).isEqualTo(StoreException.Kind.READ_ONLY);
            assertThat(Files.readAllBytes(journal())).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void foldCutShortAfterTheRename_appliesOnlyTheEditsThePlannerFileLacks() throws Exception {
        PlannerData expected = threeJournalledEdits();
        // What a fold leaves when killed between its rename and the new journal: planner.json holds the
        // first two edits, the journal still starts from the old file and names the new one in a fold line.
        PlannerData afterTwo = noted(TestData.full(), 0, "edit one");
        afterTwo = afterTwo.withoutProspect(afterTwo.prospects().get(1).id()); // edits 2 and 3
        byte[] newFile = written(afterTwo);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(newFile);
        List<String> lines = new ArrayList<>(journalLines());
        lines.add(new String(JournalLines.fold(new JournalLines.Base(newFile.length, crc.getValue()), 3),
                StandardCharsets.UTF_8).strip());
        Files.write(journal(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve(PlannerStore.FILE_NAME), newFile);

        LoadResult r = PlannerStore.openForReading(folder).load();
        assertThat(r.data()).isEqualTo(expected);
        assertThat(r.notice()).isEmpty();
    }

    @Test
    void reAddedUnderARemovedId_isSavedWholeAndReadBackInTheSameOrder() throws Exception {
        PlannerData base = TestData.withProspects(3);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(base);
        }
        PlannerStore store = PlannerStore.openForWriting(folder);
        PlannerData d = store.load().data();
        Prospect first = d.prospects().get(0);
        PlannerData reordered = d.withoutProspect(first.id()).withProspect(first.withNotes("back at the end"));
        store.saveEdits(reordered);
        abandon(store);
        assertThat(PlannerStore.openForReading(folder).load().data()).isEqualTo(reordered);
    }

    @Test
    void everyLineWritten_conformsToThePublishedSchema() throws Exception {
        threeJournalledEdits();
        PlannerStore store = PlannerStore.openForWriting(folder);
        store.load();
        // A fold line, as a fold writes it just before its rename.
        Files.write(journal(), JournalLines.fold(new JournalLines.Base(123, 0xCAFEL), 4), StandardOpenOption.APPEND);
        abandon(store);
        com.networknt.schema.Schema schema;
        try (var in = PlannerStore.class.getResourceAsStream("planner-journal.schema.json")) {
            schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                    com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> lines = journalLines();
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            assertThat(schema.validate(mapper.readTree(line))).as(line).isEmpty();
        }
        assertThat(schema.validate(mapper.readTree("{\"seq\":0,\"key\":\"x\",\"body\":1,\"crc32c\":\"0\"}")))
                .as("the schema can fail").isNotEmpty();
    }

    private static byte[] written(PlannerData d) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        com.salescallplanner.store.format.PlannerJson.write(d, java.time.Instant.parse("2026-12-01T00:00:00Z"), out);
        return out.toByteArray();
    }

    /** A line with its checksum, as JournalLines writes them. */
    static byte[] sealed(String open) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        byte[] head = open.getBytes(StandardCharsets.UTF_8);
        crc.update(head);
        return (open + ",\"crc32c\":\"" + JournalLines.hex(crc.getValue()) + "\"}\n").getBytes(StandardCharsets.UTF_8);
    }
}
