package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.store.PlannerStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ListCommandTest {
    @TempDir
    Path folder;

    private PlannerData saved() throws Exception {
        PlannerData data = SampleGenerator.generate(40, 300, 5, ZonedDateTime.now());
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(data);
        }
        return data;
    }

    @Test
    void listJson_printsOneEntryPerProspectWithTheDocumentedFields() throws Exception {
        PlannerData data = saved();
        CliRun r = CliRun.run(folder, "list", "--json");
        assertThat(r.status()).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(data.prospects().size());
        boolean sawNextCall = false;
        boolean sawNull = false;
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            Prospect p = data.prospects().get(i);
            assertThat(names(e)).containsExactly("id", "name", "company", "stage", "nextCall", "stranded", "strandedWhy");
            assertThat(e.get("id").stringValue()).isEqualTo(p.id().value());
            assertThat(e.get("name").stringValue()).isEqualTo(p.displayName());
            assertThat(e.get("company").stringValue()).isEqualTo(p.company());
            assertThat(e.get("stage").stringValue()).isEqualTo(data.stages().nameOf(p.stageId()));
            assertThat(e.get("stranded").isBoolean()).isTrue();
            ProspectHealth h = ProspectHealth.of(data, p, ZonedDateTime.now());
            assertThat(e.get("stranded").booleanValue()).isEqualTo(h.stranded());
            assertThat(e.get("strandedWhy").stringValue()).isEqualTo(h.strandedWhy(LocalDate.now()));
            if (e.get("nextCall").isNull()) {
                sawNull = true;
                assertThat(h.nextCall()).isEmpty();
            } else {
                sawNextCall = true;
                assertThat(names(e.get("nextCall"))).containsExactly("id", "start");
                assertThat(e.get("nextCall").get("id").stringValue()).isEqualTo(h.nextCall().orElseThrow().id().value());
                assertThat(OffsetDateTime.parse(e.get("nextCall").get("start").stringValue()).toInstant())
                        .isEqualTo(h.nextCall().orElseThrow().start().toInstant());
            }
        }
        assertThat(sawNextCall).isTrue();
        assertThat(sawNull).isTrue();
    }

    @Test
    void list_printsAReadableTable() throws Exception {
        PlannerData data = saved();
        CliRun r = CliRun.run(folder, "list");
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Deal").contains("Company", "Stage", "Next call", "Stranded");
        assertThat(lines).hasSize(data.prospects().size() + 2);
        assertThat(lines.get(1)).contains(data.prospects().get(0).company());
        assertThat(lines.get(lines.size() - 1)).isEqualTo(data.prospects().size() + " prospects");
    }

    @Test
    void list_noData_saysSoAndJsonIsAnEmptyArray() {
        assertThat(CliRun.run(folder, "list").out()).contains("No prospects yet");
        JsonNode empty = JsonMapper.builder().build().readTree(CliRun.run(folder, "list", "--json").out());
        assertThat(empty.isArray()).isTrue();
        assertThat(empty.size()).isZero();
    }

    @Test
    void list_unreadableFile_exitsWithStatus3AndOneLineNamingTheFile() throws Exception {
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.writeString(file, "{\"schemaVersion\": 3,\n \"stages\": [}");
        CliRun r = CliRun.run(folder, "list");
        assertThat(r.status()).isEqualTo(StoreErrors.DATA_ERROR);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains(file.toString())
                .contains("line 2"));
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("{\"schemaVersion\": 3,\n \"stages\": [}");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
