package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.sample.SampleGenerator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Files the store writes conform to the published JSON Schema (docs/data-format.md). */
class SchemaTest {
    private static Schema schema;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = PlannerStore.class.getResourceAsStream("planner.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private JsonNode written(PlannerData data) throws Exception {
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(data);
        }
        return MAPPER.readTree(Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME)));
    }

    @Test
    void writtenFile_withEveryField_conformsToTheSchema() throws Exception {
        List<Error> errors = schema.validate(written(TestData.full()));
        assertThat(errors).isEmpty();
    }

    @Test
    void writtenFile_ofSampleAndEmptyData_conformsToTheSchema() throws Exception {
        PlannerData sample = SampleGenerator.generate(60, 400, 3,
                ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("America/New_York")));
        assertThat(schema.validate(written(sample))).isEmpty();
        assertThat(schema.validate(written(PlannerData.empty()))).isEmpty();
    }

    @Test
    void schema_rejectsAMisspelledFieldAndAWrongType() throws Exception {
        ObjectNode doc = (ObjectNode) written(TestData.full());
        ((ObjectNode) doc.get("prospects").get(0)).put("compnay", "x");
        ((ObjectNode) doc.get("calls").get(0)).put("duration", 45);
        assertThat(schema.validate(doc)).extracting(e -> e.getInstanceLocation().toString())
                .contains("/prospects/0", "/calls/0/duration");
    }
}
