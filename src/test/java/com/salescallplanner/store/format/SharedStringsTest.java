package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A text that comes again in one file is read as one string (issue 15: memory after loading). */
class SharedStringsTest {
    private static final String LONG = "x".repeat(SharedStrings.MAX_LENGTH + 1);

    private static PlannerData readBack(PlannerData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(data, Instant.parse("2026-12-07T00:00:00Z"), out);
        return PlannerJson.read(out.toByteArray()).data();
    }

    private static CallPlan call(Prospect p, int day, String attendee) {
        return CallPlan.draft(p.id(), ZonedDateTime.of(2026, 12, day, 10, 0, 0, 0, ZoneOffset.UTC), Duration.ofMinutes(30),
                StageModel.DISCOVERY).withAttendees(List.of(attendee));
    }

    @Test
    void read_sameAttendeeOnTwoCalls_oneString_equalToWhatWasWritten() throws Exception {
        Prospect acme = Prospect.create("Acme", "", StageModel.DISCOVERY, LocalDate.of(2026, 12, 1)).withNotes(LONG);
        Prospect globex = Prospect.create("Globex", "", StageModel.DISCOVERY, LocalDate.of(2026, 12, 1)).withNotes(LONG);
        PlannerData data = PlannerData.empty().withProspect(acme).withProspect(globex)
                .withCall(call(acme, 8, new String("Dana Kim"))).withCall(call(globex, 9, new String("Dana Kim")));

        PlannerData read = readBack(data);

        assertThat(read).isEqualTo(data);
        assertThat(read.calls().get(0).attendees().get(0)).isSameAs(read.calls().get(1).attendees().get(0));
        assertThat(read.prospects().get(0).stageId().value()).isSameAs(read.prospects().get(1).stageId().value());
        // Long texts are not looked up: notes rarely repeat.
        assertThat(read.prospects().get(0).notes()).isNotSameAs(read.prospects().get(1).notes());
    }

    /** "Ea Kim" and "FB Kim" have one hash, so one slot of the table: each is still read as itself. */
    @Test
    void read_attendeesWhoseTextsShareASlot_eachReadAsWritten() throws Exception {
        assertThat("Ea Kim".hashCode()).isEqualTo("FB Kim".hashCode());
        Prospect acme = Prospect.create("Acme", "", StageModel.DISCOVERY, LocalDate.of(2026, 12, 1));
        PlannerData data = PlannerData.empty().withProspect(acme);
        for (int day = 1; day <= 6; day++) {
            data = data.withCall(call(acme, day, day % 2 == 0 ? "Ea Kim" : "FB Kim"));
        }

        PlannerData read = readBack(data);

        assertThat(read).isEqualTo(data);
        assertThat(read.calls()).extracting(c -> c.attendees().get(0))
                .containsExactly("FB Kim", "Ea Kim", "FB Kim", "Ea Kim", "FB Kim", "Ea Kim");
    }
}
