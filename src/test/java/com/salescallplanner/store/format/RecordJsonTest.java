package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.TestData;
import com.salescallplanner.store.edits.Bodies;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's own JSON (a journal line's body, a team database's row) is the record as planner.json
 * holds it, on one line with no space between tokens (the bytes Jackson's data binding wrote before,
 * so journals and rows of either version read alike), and it reads back as the same record.
 */
class RecordJsonTest {
    /** Exact numbers, as the store's reader keeps them: the tree compares an amount's scale too. */
    private static final JsonMapper JACKSON = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final PlannerData DATA = TestData.full();
    private static JsonNode file;

    @BeforeAll
    static void writeThePlannerFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(DATA, Instant.parse("2026-05-01T10:00:00Z"), out);
        file = JACKSON.readTree(out.toByteArray());
    }

    /** The file's value, written by Jackson without a pretty printer: one line, no spaces between tokens. */
    private static void assertIsTheFilesOnOneLine(String json, JsonNode inFile) {
        assertThat(JACKSON.readTree(json)).isEqualTo(inFile);
        assertThat(json).isEqualTo(JACKSON.writeValueAsString(inFile)).doesNotContain("\n");
    }

    @Test
    void prospect_everyKindOfField_isTheFilesRecordOnOneLine_andReadsBackEqual() throws Exception {
        for (int i = 0; i < DATA.prospects().size(); i++) {
            Prospect p = DATA.prospects().get(i);
            String json = RecordJson.prospect(p);

            assertIsTheFilesOnOneLine(json, file.get("prospects").get(i));
            assertThat(RecordJson.prospect(json, DATA.stages())).isEqualTo(p);
        }
    }

    @Test
    void call_everyKindOfField_isTheFilesRecordOnOneLine_andReadsBackEqual() throws Exception {
        for (int i = 0; i < DATA.calls().size(); i++) {
            CallPlan c = DATA.calls().get(i);
            String json = RecordJson.call(c);

            assertIsTheFilesOnOneLine(json, file.get("calls").get(i));
            assertThat(RecordJson.call(json, DATA.stages(), Bodies.prospectIds(DATA))).isEqualTo(c);
        }
    }

    @Test
    void settings_stagesLadderAndLearnedPhrasings_areTheFilesArraysOnOneLine_andReadBackEqual() throws Exception {
        String stages = RecordJson.stages(DATA.stages());
        String ladder = RecordJson.ladder(DATA.ladder());
        String learned = RecordJson.learnedPhrasings(DATA.learned());

        assertIsTheFilesOnOneLine(stages, file.get("stages"));
        assertIsTheFilesOnOneLine(ladder, file.get("ladder"));
        assertIsTheFilesOnOneLine(learned, file.get("learnedPhrasings"));
        assertThat(RecordJson.stages(stages)).isEqualTo(DATA.stages());
        assertThat(RecordJson.ladder(ladder, DATA.stages())).isEqualTo(DATA.ladder());
        assertThat(RecordJson.learnedPhrasings(learned)).isEqualTo(DATA.learned());
    }
}
