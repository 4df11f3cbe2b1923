package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RoundTripTest {
    @Test
    void writeThenRead_everyFieldOfEveryRecord_comesBackEqual() throws Exception {
        PlannerData data = TestData.full();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(data, Instant.parse("2026-05-01T10:00:00Z"), out);
        System.err.println(out.toString(StandardCharsets.UTF_8));
        PlannerJson.Decoded back = PlannerJson.read(out.toByteArray());
        assertThat(back.data()).isEqualTo(data);
        assertThat(back.data().calls()).containsExactlyElementsOf(data.calls());
        assertThat(back.data().prospects()).containsExactlyElementsOf(data.prospects());
    }
}
