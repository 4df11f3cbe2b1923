package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.SalesProcess;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.sample.SampleGenerator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** A sales process edited in every way the app allows saves, conforms to the schema and loads back equal. */
class EditedProcessRoundTripTest {
    @TempDir
    Path folder;

    private static PlannerData edited() {
        PlannerData d = SampleGenerator.generate(30, 120, 5,
                ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")));
        d = SalesProcess.renameStage(d, StageModel.DISCOVERY, "Qualify — Ärger & Schmerz", "Pain: \"real\"");
        d = SalesProcess.renameStage(d, StageModel.CLOSED_LOST, "Lost", "");
        d = SalesProcess.addStage(d, "A very long stage name that makes an id past forty characters", "", 2);
        d = SalesProcess.addStage(d, "Technical Win!", "IT signs off", 3);
        d = SalesProcess.addStage(d, "Scratch", "", 0);
        d = SalesProcess.removeStage(d, new StageId("scratch"));
        d = SalesProcess.moveStage(d, StageModel.PROPOSAL, -1);
        d = SalesProcess.setEarliestStage(d, CommitmentKind.EVALUATE, new StageId("technical-win"));
        d = SalesProcess.renameRung(d, CommitmentKind.SIGN, "Signature");
        return SalesProcess.setExamples(d, CommitmentKind.SIGN, List.of("Procurement issues the PO by Friday"));
    }

    @Test
    void saveThenLoad_editedStagesAndLadder_comeBackEqualAndConformToTheSchema() throws Exception {
        PlannerData data = edited();
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(data);
        }
        byte[] bytes = Files.readAllBytes(folder.resolve(PlannerStore.FILE_NAME));
        try (InputStream in = PlannerStore.class.getResourceAsStream("planner.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            assertThat(schema.validate(JsonMapper.builder().build().readTree(bytes))).isEmpty();
        }
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            PlannerData back = store.load().data();
            assertThat(back).isEqualTo(data);
            assertThat(back.stages().stages()).containsExactlyElementsOf(data.stages().stages());
            assertThat(back.ladder().rung(CommitmentKind.EVALUATE).earliestStageId()).isEqualTo(new StageId("technical-win"));
        }
    }
}
