package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerStoreTest {
    @TempDir
    Path root;

    private Path folder() {
        return root.resolve("data");
    }

    private static PlannerData withProspects(int n) {
        return TestData.withProspects(n);
    }

    @Test
    void load_noFile_startsAnEmptyPlannerAndWritesNothing() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            LoadResult r = store.load();
            assertThat(r.newFile()).isTrue();
            assertThat(r.data()).isEqualTo(PlannerData.empty());
            assertThat(r.readOnly()).isFalse();
            assertThat(store.file()).doesNotExist();
        }
    }

    @Test
    void saveThenLoad_inANewStore_givesBackEveryField() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            store.save(TestData.full());
        }
        LoadResult r = PlannerStore.openForReading(folder()).load();
        assertThat(r.data()).isEqualTo(TestData.full());
        assertThat(r.migrated()).isFalse();
        assertThat(r.newFile()).isFalse();
    }

    @Test
    void save_afterEditsAndARestore_fileIsWhatAFreshWriteOfTheDataIs() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        try (PlannerStore store = PlannerStore.openForWriting(folder(), clock)) {
            PlannerData first = TestData.full();
            store.save(first);
            PlannerData edited = first.withProspect(first.prospects().get(0).withNotes("Edited after the first save"));
            store.save(edited);
            assertThat(Files.readString(store.file())).isEqualTo(freshlyWritten(edited, clock))
                    .contains("Edited after the first save");
            PlannerData restored = store.restore(store.backups().get(0)).data(); // new records, equal to first
            assertThat(restored).isEqualTo(first);
            PlannerData editedAgain = restored.withoutProspect(restored.prospects().get(1).id());
            store.save(editedAgain);
            assertThat(Files.readString(store.file())).isEqualTo(freshlyWritten(editedAgain, clock))
                    .doesNotContain("Edited after the first save");
        }
    }

    private static String freshlyWritten(PlannerData data, Clock clock) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(data, clock.instant(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void save_keepsEachReplacedVersionAsAReadableBackup() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            store.save(withProspects(1));
            assertThat(store.backups()).isEmpty();
            store.save(withProspects(2));
            store.save(withProspects(3));
            List<Backup> backups = store.backups();
            assertThat(backups).hasSize(2);
            assertThat(PlannerStore.openForReading(folder()).load().data()).isEqualTo(withProspects(3));
            assertThat(PlannerJson.read(Files.readAllBytes(backups.get(0).path())).data()).isEqualTo(withProspects(2));
            assertThat(PlannerJson.read(Files.readAllBytes(backups.get(1).path())).data()).isEqualTo(withProspects(1));
        }
    }

    @Test
    void save_manyTimes_keepsTheTenNewestAndOnePerDayForThirtyDays() throws Exception {
        Path backups = folder().resolve(PlannerStore.BACKUP_FOLDER);
        Files.createDirectories(backups);
        // Backups from 40 days, three per day, made by earlier runs.
        LocalDate today = LocalDate.of(2026, 11, 27);
        for (int day = 0; day < 40; day++) {
            for (int h = 10; h < 13; h++) {
                String name = "planner-" + today.minusDays(day) + "T" + h + "-00-00.json";
                Files.writeString(backups.resolve(name), "{}");
            }
        }
        Clock clock = Clock.fixed(today.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (PlannerStore store = PlannerStore.openForWriting(folder(), clock)) {
            store.save(withProspects(1));
            List<Backup> kept = store.backups();
            // 10 newest: 3 of today + 3 of each of the two days before + 1; then one per day back to day 29.
            assertThat(kept).hasSize(10 + 26);
            assertThat(kept.get(kept.size() - 1).savedAt().toLocalDate()).isEqualTo(today.minusDays(29));
            assertThat(kept.stream().filter(b -> b.savedAt().toLocalDate().equals(today.minusDays(20))))
                    .singleElement().satisfies(b -> assertThat(b.savedAt().getHour()).isEqualTo(12));
        }
    }

    @Test
    void save_afterAnotherProgramChangedTheFile_keepsThatVersionAsABackup() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            store.save(withProspects(1));
            // Another program rewrites the file with valid content meanwhile.
            Path other = root.resolve("other");
            try (PlannerStore o = PlannerStore.openForWriting(other)) {
                o.save(withProspects(5));
            }
            Files.copy(other.resolve(PlannerStore.FILE_NAME), store.file(),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(store.file(), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
            store.save(withProspects(2));
            assertThat(PlannerJson.read(Files.readAllBytes(store.backups().get(0).path())).data())
                    .isEqualTo(withProspects(5));
        }
    }

    @Test
    void restoreNewestBackup_setsTheBrokenFileAsideAndLoadsTheBackup() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            store.save(withProspects(1));
            store.save(withProspects(2));
            Files.writeString(store.file(), "{\"schemaVersion\": 3, \"stages\": [");
            assertThatThrownBy(store::load).isInstanceOf(StoreException.class);
            LoadResult r = store.restoreNewestBackup();
            assertThat(r.data()).isEqualTo(withProspects(1));
            assertThat(PlannerStore.openForReading(folder()).load().data()).isEqualTo(withProspects(1));
            try (Stream<Path> files = Files.list(folder())) {
                Path aside = files.filter(p -> p.getFileName().toString().startsWith("planner-unreadable-"))
                        .findFirst().orElseThrow();
                assertThat(Files.readString(aside)).isEqualTo("{\"schemaVersion\": 3, \"stages\": [");
            }
        }
    }

    @Test
    void restore_ofAReadableFile_keepsTheCurrentVersionAsABackup() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            store.save(withProspects(1));
            store.save(withProspects(2));
            Backup one = store.backups().get(0);
            assertThat(store.restore(one).data()).isEqualTo(withProspects(1));
            assertThat(store.backups()).anySatisfy(b -> assertThat(PlannerJson.read(Files.readAllBytes(b.path()))
                    .data()).isEqualTo(withProspects(2)));
        }
    }

    @Test
    void load_fileFromANewerVersion_opensReadOnlyAndRefusesToSave() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            store.save(withProspects(2));
        }
        Path file = folder().resolve(PlannerStore.FILE_NAME);
        String newer = Files.readString(file).replace("\"schemaVersion\": 3", "\"schemaVersion\": 4")
                .replace("\"notes\": \"\"", "\"notes\": \"\", \"attachments\": []");
        Files.writeString(file, newer);
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            LoadResult r = store.load();
            assertThat(r.readOnly()).isTrue();
            assertThat(r.readOnlyReason()).hasValueSatisfying(m -> assertThat(m).contains("newer version")
                    .contains("format 4"));
            assertThat(r.data()).isEqualTo(withProspects(2));
            assertThat(store.canWrite()).isFalse();
            assertThatThrownBy(() -> store.save(withProspects(3))).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY));
        }
        assertThat(Files.readString(file)).isEqualTo(newer);
    }

    @Test
    void openForWriting_removesTempFilesLeftByAKilledSave() throws Exception {
        Files.createDirectories(folder().resolve(PlannerStore.BACKUP_FOLDER));
        Path stale = folder().resolve("planner.json.1234.tmp");
        Path staleCopy = folder().resolve(PlannerStore.BACKUP_FOLDER).resolve("planner-x.json.99.tmp");
        Files.writeString(stale, "{\"half");
        Files.writeString(staleCopy, "{\"half");
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            assertThat(stale).doesNotExist();
            assertThat(staleCopy).doesNotExist();
        }
    }

    @Test
    void openForReading_neverCreatesOrChangesAnything() throws Exception {
        PlannerStore store = PlannerStore.openForReading(folder());
        assertThat(store.load().newFile()).isTrue();
        assertThatThrownBy(() -> store.save(withProspects(1))).isInstanceOf(StoreException.class);
        assertThat(folder()).doesNotExist();
    }

    @Test
    void save_onPosix_makesFolderAndFilesOwnerOnly() throws Exception {
        assumeTrue(OwnerOnly.POSIX);
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            store.save(withProspects(1));
            store.save(withProspects(2));
        }
        Path backups = folder().resolve(PlannerStore.BACKUP_FOLDER);
        assertThat(perms(folder())).isEqualTo("rwx------");
        assertThat(perms(backups)).isEqualTo("rwx------");
        assertThat(perms(folder().resolve(PlannerStore.FILE_NAME))).isEqualTo("rw-------");
        assertThat(perms(folder().resolve(FolderLock.FILE_NAME))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files).isNotEmpty().allSatisfy(p -> assertThat(perms(p)).isEqualTo("rw-------"));
        }
    }

    @Test
    void load_missingFileButBackups_isRefusedOfferingTheNewestBackup_andRestoreBringsItBack() throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder(), Clock.system(ZoneId.systemDefault()))) {
            store.save(withProspects(1));
            store.save(withProspects(2));
            Files.delete(store.file());
            assertThatThrownBy(store::load).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.MISSING);
                assertThat(e.newestBackup()).contains(store.backups().get(0));
                assertThat(e.getMessage()).startsWith(store.file() + " is missing, but ")
                        .contains("newest readable backup is " + store.backups().get(0).displayName());
            });
            assertThat(store.file()).doesNotExist();
            assertThat(store.restoreNewestBackup().data()).isEqualTo(withProspects(1));
            assertThat(PlannerStore.openForReading(folder()).load().data()).isEqualTo(withProspects(1));
        }
    }

    @Test
    void load_dataFileIsALinkToAMissingFile_isRefusedNotTakenForAFirstStart() throws Exception {
        Files.createDirectories(folder());
        Path target = root.resolve("unmounted-drive/planner.json");
        Files.createSymbolicLink(folder().resolve(PlannerStore.FILE_NAME), target);
        try (PlannerStore store = PlannerStore.openForWriting(folder())) {
            assertThatThrownBy(store::load).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.UNREADABLE);
                assertThat(e.getMessage()).isEqualTo(store.file() + " cannot be read: it is a symbolic link to "
                        + target + ", which does not exist (a drive or share that is not connected?). The file is "
                        + "unchanged. There is no readable backup.");
            });
        }
        assertThat(Files.readSymbolicLink(folder().resolve(PlannerStore.FILE_NAME))).isEqualTo(target);
    }

    private static String perms(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
