package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The planner file read as it streams in (issue 15: a large file's load no longer holds its bytes
 * whole) gives what reading its bytes gives: the same data, the same migrations, the same words
 * and places for a damaged file; a failing disk is an I/O error, not a damaged file.
 */
class StreamedReadTest {
    private static final Instant SAVED = Instant.parse("2026-12-07T00:00:00Z");

    private static final PlannerData SAMPLE = sample();

    private static PlannerData sample() {
        Prospect acme = Prospect.create("Acme", "", StageModel.DISCOVERY, LocalDate.of(2026, 12, 1));
        Prospect globex = Prospect.create("Globex", "", StageModel.DISCOVERY, LocalDate.of(2026, 12, 1));
        return PlannerData.empty().withProspect(acme).withProspect(globex)
                .withCall(call(acme, 8, new String("Dana Kim"))).withCall(call(globex, 9, new String("Dana Kim")));
    }

    private static CallPlan call(Prospect p, int day, String attendee) {
        return CallPlan.draft(p.id(), ZonedDateTime.of(2026, 12, day, 10, 0, 0, 0, ZoneOffset.UTC), Duration.ofMinutes(30),
                StageModel.DISCOVERY).withAttendees(List.of(attendee));
    }

    private static byte[] written(PlannerData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(data, SAVED, out);
        return out.toByteArray();
    }

    private static PlannerJson.Decoded streamed(byte[] bytes) throws Exception {
        return PlannerJson.read(new BufferedInputStream(new ByteArrayInputStream(bytes), 16));
    }

    @Test
    void read_streamOfThisVersionsFile_sameDataAsItsBytes_textsShared() throws Exception {
        byte[] bytes = written(SAMPLE);

        PlannerJson.Decoded read = streamed(bytes);

        assertThat(read.data()).isEqualTo(SAMPLE).isEqualTo(PlannerJson.read(bytes).data());
        assertThat(read.schemaVersion()).isEqualTo(PlannerJson.CURRENT_VERSION);
        assertThat(read.data().calls().get(0).attendees().get(0))
                .isSameAs(read.data().calls().get(1).attendees().get(0));
    }

    @Test
    void read_streamOfAFirstReleaseFile_migratedAsItsBytesAre() throws Exception {
        byte[] v1;
        try (InputStream in = StreamedReadTest.class.getResourceAsStream("/com/salescallplanner/store/planner-v1.json")) {
            v1 = in.readAllBytes();
        }

        PlannerJson.Decoded read = streamed(v1);

        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(read.migrated()).isTrue();
        assertThat(read.data()).isEqualTo(PlannerJson.read(v1).data());
        assertThat(read.data().prospects()).isNotEmpty();
    }

    @Test
    void read_streamCutOff_samePlaceAndWordsAsItsBytes() throws Exception {
        byte[] bytes = written(SAMPLE);
        byte[] cut = Arrays.copyOf(bytes, bytes.length * 2 / 3);

        assertSameProblem(cut, "ends too early");
    }

    @Test
    void read_streamWithAFieldTwice_samePlaceAndWordsAsItsBytes() throws Exception {
        String json = new String(written(SAMPLE), StandardCharsets.UTF_8)
                .replaceFirst("\"company\": \"Acme\"", "\"company\": \"Acme\", \"company\": \"Initech\"");

        assertSameProblem(json.getBytes(StandardCharsets.UTF_8), "appears twice");
    }

    @Test
    void read_streamWithAnInvalidValue_samePlaceAndWordsAsItsBytes() throws Exception {
        String json = new String(written(SAMPLE), StandardCharsets.UTF_8)
                .replaceFirst("\"company\": \"Acme\"", "\"company\": \"\"");

        assertSameProblem(json.getBytes(StandardCharsets.UTF_8), "prospects[0].company");
    }

    @Test
    void read_streamFailsMidway_anIoErrorNotADamagedFile() throws IOException {
        byte[] bytes = written(SAMPLE);
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at == bytes.length / 2) {
                    throw new IOException("Input/output error");
                }
                return bytes[at++];
            }
        };

        assertThatThrownBy(() -> PlannerJson.read(new BufferedInputStream(failing, 16)))
                .isExactlyInstanceOf(IOException.class).hasMessage("Input/output error");
    }

    private static void assertSameProblem(byte[] damaged, String expected) {
        FormatException fromBytes = catchFormat(() -> PlannerJson.read(damaged));
        FormatException fromStream = catchFormat(() -> streamed(damaged));
        assertThat(fromStream.where() + ": " + fromStream.problem()).contains(expected)
                .isEqualTo(fromBytes.where() + ": " + fromBytes.problem());
    }

    private interface Reading {
        Object run() throws Exception;
    }

    private static FormatException catchFormat(Reading reading) {
        try {
            reading.run();
        } catch (FormatException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a FormatException", e);
        }
        throw new AssertionError("expected a FormatException, the file was read");
    }
}
