package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.StageType;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.store.TestData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * A save that copies the texts of unchanged records from the last save writes exactly the bytes
 * a save from scratch writes, whatever was changed in between: a stale text (of a record since
 * replaced, moved or removed) would make the two differ.
 */
class SavedTextsTest {
    private static final Instant SAVED_AT = Instant.parse("2026-11-27T12:00:00Z");
    /** Enough calls that the changed ones are turned into text on several threads when most changed. */
    private static final PlannerData LARGE = SampleGenerator.generate(600, Cores.MIN_VALUES + 1_500, 5,
            ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")));

    @Test
    void write_afterEveryKindOfEdit_isByteForByteAWriteFromScratch() throws Exception {
        SavedTexts saved = new SavedTexts();
        PlannerData d = LARGE;
        assertSameAsFromScratch(d, saved);
        List<UnaryOperator<PlannerData>> edits = List.of(
                x -> editNotes(x, 17, "Called back: wants the proposal by Friday."),
                x -> x.withCall(x.calls().get(900).withSchedule(x.calls().get(900).start().plusDays(1),
                        Duration.ofMinutes(45))),
                x -> x.withoutProspect(x.prospects().get(3).id()), // its calls go too: everything after shifts
                x -> x.withProspect(Prospect.create("Neu GmbH „Ω“", "", StageModel.PROSPECTING,
                        x.prospects().get(0).inStageSince())),
                x -> reordered(x, new Random(3)),
                x -> editNotes(x, 0, "first prospect, edited"),
                x -> editNotes(x, x.prospects().size() - 1, "last prospect, edited"),
                x -> x.withStages(renamed(x.stages())),
                x -> x.withLadder(x.ladder().with(new LadderRung(CommitmentKind.EVALUATE, 5, "Evaluate (pilot)",
                        "runs a pilot", StageModel.EVALUATION, List.of("A pilot from June 1")))),
                x -> allCallsReplaced(x));
        for (UnaryOperator<PlannerData> edit : edits) {
            d = edit.apply(d);
            assertSameAsFromScratch(d, saved);
        }
    }

    @Test
    void write_sameRecordSavedTwice_reusesItsText() throws Exception {
        SavedTexts saved = new SavedTexts();
        PlannerData d = TestData.full();
        written(d, saved);
        PlannerData edited = editNotes(d, 0, "changed");
        written(edited, saved);
        byte[] kept = saved.last().prospects().textOf(0, edited.prospects().get(0));
        assertThat(new String(kept, StandardCharsets.UTF_8)).contains("\"notes\": \"changed\"");
        assertThat(saved.last().prospects().textOf(0, d.prospects().get(0))).as("the replaced record").isNull();
        assertThat(saved.last().calls().textOf(0, edited.calls().get(0))).isNotNull();
    }

    @Test
    void write_recordLargerThanTheWritersBuffer_isWrittenWhole() throws Exception {
        String escaped = "\"\\".repeat(3_000) + "–€ü".repeat(1_000);
        String wide = "größer „Ω“ ".repeat(900);
        PlannerData d = TestData.full();
        Prospect p = d.prospects().get(0).withNotes(escaped)
                .withQualification(new Qualification(wide, wide, wide, wide, wide, wide, wide, wide));
        SavedTexts saved = new SavedTexts();
        assertSameAsFromScratch(d, saved);
        d = d.withProspect(p);
        assertSameAsFromScratch(d, saved);
        assertThat(saved.last().prospects().textOf(0, p).length).isGreaterThan(1 << 16);
        assertSameAsFromScratch(editNotes(d, 1, "x"), saved);
    }

    @Test
    void write_fileTooLargeForTheHeap_keepsNoTexts() throws Exception {
        SavedTexts saved = new SavedTexts();
        saved.forget(Runtime.getRuntime().maxMemory());
        assertSameAsFromScratch(LARGE, saved);
        assertThat(saved.last()).isNull();
    }

    @Test
    void write_afterForget_writesEverythingAnewAndTheSameBytes() throws Exception {
        SavedTexts saved = new SavedTexts();
        written(LARGE, saved);
        saved.forget(0);
        assertThat(saved.last()).isNull();
        assertSameAsFromScratch(editNotes(LARGE, 5, "after a load"), saved);
        assertThat(saved.last()).isNotNull();
    }

    private static void assertSameAsFromScratch(PlannerData d, SavedTexts saved) throws Exception {
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        PlannerJson.write(d, SAVED_AT, fresh);
        byte[] reused = written(d, saved);
        assertThat(new String(reused, StandardCharsets.UTF_8)).isEqualTo(fresh.toString(StandardCharsets.UTF_8));
        assertThat(PlannerJson.read(reused).data()).isEqualTo(d);
    }

    private static byte[] written(PlannerData d, SavedTexts saved) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(d, SAVED_AT, out, saved);
        return out.toByteArray();
    }

    private static PlannerData editNotes(PlannerData d, int index, String notes) {
        return d.withProspect(d.prospects().get(index).withNotes(notes));
    }

    private static PlannerData reordered(PlannerData d, Random rnd) {
        List<Prospect> prospects = new ArrayList<>(d.prospects());
        Collections.reverse(prospects);
        List<CallPlan> calls = new ArrayList<>(d.calls());
        Collections.shuffle(calls, rnd);
        return PlannerData.of(d.stages(), d.ladder(), prospects, calls);
    }

    private static StageModel renamed(StageModel m) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : m.stages()) {
            stages.add(new Stage(s.id(), s.name() + " (renamed)", s.description(), s.type()));
        }
        stages.add(new Stage(new StageId("parked"), "Parked", "Waiting for budget", StageType.OPEN));
        return new StageModel(stages);
    }

    /** Every call another instance, with other text: more than enough to need all cores. */
    private static PlannerData allCallsReplaced(PlannerData d) {
        return PlannerData.of(d.stages(), d.ladder(), d.prospects(),
                d.calls().stream().map(c -> c.withAttendees(List.of("Dana Kim", "a new attendee"))).toList());
    }
}
