package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.store.format.PlannerJson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class RoundTripTest {
    @Test
    void writeThenRead_everyFieldOfEveryRecord_comesBackEqual() throws Exception {
        PlannerData data = TestData.full();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(data, Instant.parse("2026-05-01T10:00:00Z"), out);
        PlannerJson.Decoded back = PlannerJson.read(out.toByteArray());
        assertThat(back.data()).isEqualTo(data);
        assertThat(back.data().calls()).containsExactlyElementsOf(data.calls());
        assertThat(back.data().prospects()).containsExactlyElementsOf(data.prospects());
        assertThat(back.data().stages()).isEqualTo(data.stages());
        assertThat(back.data().ladder()).isEqualTo(data.ladder());
        assertThat(back.schemaVersion()).isEqualTo(PlannerJson.CURRENT_VERSION);
    }

    @Test
    void writeThenRead_emptyPlannerAndSampleData_comeBackEqual() throws Exception {
        for (PlannerData data : List.of(PlannerData.empty(), SampleGenerator.generate(200, 1_500, 17,
                ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, ZoneId.of("Europe/London"))))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PlannerJson.write(data, Instant.now(), out);
            assertThat(PlannerJson.read(out.toByteArray()).data()).isEqualTo(data);
        }
    }

    @Test
    void write_isPrettyUtf8WithTheVersionFirst() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(TestData.full(), Instant.parse("2026-05-01T10:00:00Z"), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"schemaVersion\": 3,\n  \"savedAt\": \"2026-05-01T10:00:00Z\"")
                .contains("\"name\": \"Jörg Müller\"").endsWith("}\n");
    }
}
