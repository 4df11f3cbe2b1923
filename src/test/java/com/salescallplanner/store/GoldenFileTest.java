package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The file format byte for byte: the golden files were written by the earlier writer (Jackson
 * binding through the format records), and the streaming writer must write the very same text,
 * so files diff cleanly across versions and nothing a rep or another tool relies on moves.
 */
class GoldenFileTest {
    @Test
    void write_everyFieldFilled_isByteForByteTheGoldenFile() throws Exception {
        assertThat(written(TestData.full(), Instant.parse("2026-05-01T10:00:00Z"))).isEqualTo(golden("full.json"));
    }

    @Test
    void read_goldenFiles_writeBackUnchanged() throws Exception {
        for (String name : new String[] {"full.json", "sample.json"}) {
            String text = golden(name);
            PlannerJson.Decoded d = PlannerJson.read(text.getBytes(StandardCharsets.UTF_8));
            String savedAt = text.substring(text.indexOf("\"savedAt\": \"") + 12, text.indexOf("\",\n"));
            assertThat(written(d.data(), Instant.parse(savedAt))).as(name).isEqualTo(text);
        }
    }

    private static String written(PlannerData data, Instant savedAt) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(data, savedAt, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
