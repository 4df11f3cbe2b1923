package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prospects of a large file, read before its calls so the window can show its list at once
 * (issue 15): the same prospects and stages the whole read gives, and nothing at all whenever
 * they could differ from what the rep will work on.
 */
class ProspectsFirstTest {
    @TempDir
    Path folder;
    private final List<PlannerData> handed = new ArrayList<>();

    private Path file() {
        return folder.resolve(PlannerStore.FILE_NAME);
    }

    private void saved(PlannerData data) throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(data);
        }
    }

    @Test
    void read_savedPlanner_givesItsStagesLadderAndProspectsWithoutCalls() throws Exception {
        PlannerData full = TestData.full();
        saved(full);
        ProspectsFirst.read(file(), handed::add, 0);
        assertThat(handed).singleElement().satisfies(d -> {
            assertThat(d.prospects()).isEqualTo(full.prospects());
            assertThat(d.stages()).isEqualTo(full.stages());
            assertThat(d.ladder()).isEqualTo(full.ladder());
            assertThat(d.calls()).isEmpty();
        });
    }

    @Test
    void load_withAListener_handsTheProspectsOverBeforeTheWholeData() throws Exception {
        saved(TestData.withProspects(3));
        List<String> order = new ArrayList<>();
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.prospectsFirstFrom = 0;
            LoadResult r = store.load(d -> order.add("prospects " + d.prospects().size()));
            order.add("loaded " + r.data().prospects().size());
        }
        assertThat(order).containsExactly("prospects 3", "loaded 3");
    }

    @Test
    void load_withoutAListener_readsNoProspectsFirst_theCommandLineReadsTheFileOnce() throws Exception {
        saved(TestData.withProspects(3));
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                ProspectsFirst.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> reads =
                new ch.qos.logback.core.read.ListAppender<>();
        reads.start();
        log.addAppender(reads);
        ch.qos.logback.classic.Level level = log.getLevel();
        log.setLevel(ch.qos.logback.classic.Level.INFO);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.prospectsFirstFrom = 0;
            store.load();
            assertThat(reads.list).isEmpty();
            store.load(handed::add);
            assertThat(reads.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                    .isEqualTo("Read 3 prospects before their calls in " + e.getArgumentArray()[1] + " ms"));
        } finally {
            log.detachAppender(reads);
            log.setLevel(level);
        }
    }

    @Test
    void load_smallFile_handsNothingOver() throws Exception {
        saved(TestData.withProspects(3));
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.load(handed::add);
        }
        assertThat(handed).isEmpty();
    }

    @Test
    void read_journalHoldsAnEdit_handsNothingOver_theFileAloneWouldShowTheOldName() throws Exception {
        PlannerData before = TestData.withProspects(3);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(before);
            store.load();
            store.saveEdits(before.withProspect(before.prospects().get(0).withDetails("Renamed Inc", "")));
            ProspectsFirst.read(file(), handed::add, 0); // while the edit is only in the journal
        }
        assertThat(handed).isEmpty();
    }

    @Test
    void read_olderFormat_handsNothingOver() throws Exception {
        Files.write(file(), getClass().getResourceAsStream("planner-v1.json").readAllBytes());
        ProspectsFirst.read(file(), handed::add, 0);
        assertThat(handed).isEmpty();
    }

    @Test
    void read_prospectWithABrokenValue_handsNothingOver() throws Exception {
        saved(TestData.full());
        String text = Files.readString(file(), StandardCharsets.UTF_8);
        Files.writeString(file(), text.replace("\"Acme Logistics GmbH\"", "\"\""), StandardCharsets.UTF_8);
        ProspectsFirst.read(file(), handed::add, 0);
        assertThat(handed).isEmpty();
    }

    @Test
    void read_fileCutOffInItsCalls_stillGivesTheProspects_theWholeReadThenReportsTheDamage() throws Exception {
        saved(TestData.full());
        byte[] bytes = Files.readAllBytes(file());
        String text = new String(bytes, StandardCharsets.UTF_8);
        Files.write(file(), text.substring(0, text.indexOf("\"calls\"") + 40).getBytes(StandardCharsets.UTF_8));
        ProspectsFirst.read(file(), handed::add, 0);
        assertThat(handed).singleElement().satisfies(d -> assertThat(d.prospects()).hasSize(2));
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(store::load).isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot be read");
        }
    }
}
