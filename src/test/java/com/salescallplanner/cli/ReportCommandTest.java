package com.salescallplanner.cli;

import static com.salescallplanner.domain.OutcomeType.ADVANCE;
import static com.salescallplanner.domain.OutcomeType.CONTINUATION;
import static com.salescallplanner.domain.OutcomeType.ORDER;
import static com.salescallplanner.domain.StageModel.DISCOVERY;
import static com.salescallplanner.domain.StageModel.EVALUATION;
import static com.salescallplanner.domain.StageModel.PROSPECTING;
import static com.salescallplanner.domain.report.Fixtures.prospect;
import static com.salescallplanner.domain.report.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.report.Fixtures;
import com.salescallplanner.store.PlannerStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportCommandTest {
    @TempDir
    Path folder;

    /** Noon in the machine's zone, so the day of a call is the same whatever zone the tests run in. */
    private static ZonedDateTime noon(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.systemDefault());
    }

    /*
     * Worked out by hand. Acme (in Discovery since 1 Jan, no call ahead: stranded), three reviewed calls:
     *   j1 Discovery  15 Jan  ADVANCE       stretch yes  conservative yes
     *   j2 Discovery  20 Jan  CONTINUATION  no           no
     *   m1 Evaluation 10 Mar  ORDER         no           yes
     */
    private final Prospect acme = prospect("acme", "Acme", 5000, PROSPECTING, "2025-01-01", DISCOVERY, "2025-01-10");

    private void save() throws Exception {
        PlannerData data = Fixtures.data(List.of(acme), List.of(
                reviewed("j1", acme, noon("2025-01-15"), DISCOVERY, ADVANCE, true, true),
                reviewed("j2", acme, noon("2025-01-20"), DISCOVERY, CONTINUATION, false, false),
                reviewed("m1", acme, noon("2025-03-10"), EVALUATION, ORDER, false, true)));
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(data);
        }
    }

    private static JsonNode json(CliRun r) {
        assertThat(r.status()).as(r.err()).isZero();
        return JsonMapper.builder().build().readTree(r.out());
    }

    @Test
    void reportJson_allCalls_countsEveryReviewedCallByStageAndMonth() throws Exception {
        save();
        JsonNode report = json(CliRun.run(folder, "report", "--json"));

        assertThat(names(report)).containsExactly("computedAt", "from", "to", "hitRates", "daysInStage",
                "openByStage", "stranded");
        JsonNode overall = report.get("hitRates").get("overall");
        assertThat(overall.get("reviewed").intValue()).isEqualTo(3);
        assertThat(overall.get("stretch").get("hits").intValue()).isEqualTo(1);
        assertThat(overall.get("conservative").get("hits").intValue()).isEqualTo(2);
        assertThat(overall.get("advance").get("percent").intValue()).isEqualTo(67);
        JsonNode discovery = report.get("hitRates").get("byStage").get(1);
        assertThat(discovery.get("stage").stringValue()).isEqualTo("Discovery");
        assertThat(discovery.get("reviewed").intValue()).isEqualTo(2);
        assertThat(report.get("hitRates").get("byStage").get(0).get("stretch").get("percent").isNull()).isTrue();
        assertThat(report.get("hitRates").get("byMonth")).extracting(m -> m.get("month").stringValue())
                .containsExactly("2025-01", "2025-03");
        assertThat(report.get("stranded")).extracting(s -> s.get("id").stringValue()).containsExactly("acme");
        assertThat(report.get("stranded").get(0).get("reasons").get(0).stringValue()).isEqualTo("NO_DATED_NEXT_STEP");
        assertThat(report.get("stranded").get(0).get("why").stringValue())
                .startsWith("No call planned and no dated next step; last contact ").endsWith(" days ago.");
        assertThat(report.get("openByStage").get(1).get("prospects").intValue()).isEqualTo(1);
        assertThat(report.get("openByStage").get(1).get("amount").intValue()).isEqualTo(5000);
    }

    @Test
    void reportJson_fromTo_countsOnlyTheCallsOfThoseDays() throws Exception {
        save();
        JsonNode report = json(CliRun.run(folder, "report", "--json", "--from", "2025-01-16", "--to", "2025-03-10"));

        assertThat(report.get("from").stringValue()).isEqualTo("2025-01-16");
        assertThat(report.get("to").stringValue()).isEqualTo("2025-03-10");
        JsonNode overall = report.get("hitRates").get("overall");
        assertThat(overall.get("reviewed").intValue()).isEqualTo(2); // j2 and m1; j1 is a day early
        assertThat(overall.get("stretch").get("hits").intValue()).isZero();
        assertThat(overall.get("advance").get("hits").intValue()).isEqualTo(1);
    }

    @Test
    void report_text_showsEachSectionInTheReportsViewsWords() throws Exception {
        save();
        CliRun r = CliRun.run(folder, "report", "--from", "2025-01-01");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Hit rates, reviewed calls from 2025-01-01 (3)",
                "Stretch 33% (1 of 3) · Conservative 67% (2 of 3) · Advance 67% (2 of 3)",
                "By stage at planning", "By month", "Days in stage", "Open prospects by stage",
                "Stranded prospects (1)", "No dated next step");
        assertThat(r.out().lines().filter(l -> l.startsWith("Discovery")).findFirst().orElseThrow())
                .contains("50% (1 of 2)");
    }

    @Test
    void report_badDateOrReversedPeriod_isAUsageErrorNamingTheOption() throws Exception {
        save();
        CliRun bad = CliRun.run(folder, "report", "--from", "2025-13-01");
        CliRun reversed = CliRun.run(folder, "report", "--from", "2025-03-01", "--to", "2025-02-01");

        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--from 2025-13-01: not a date; write it as YYYY-MM-DD");
        assertThat(reversed.status()).isEqualTo(2);
        assertThat(reversed.err()).contains("starts on 2025-03-01, after it ends on 2025-02-01");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void report_unreadableFile_exits3NamingTheFile_andLeavesItAlone() throws Exception {
        Path file = folder.resolve("planner.json");
        Files.writeString(file, "{\"schemaVersion\": 3, \"prospects\": [", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        CliRun r = CliRun.run(folder, "report");

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void report_emptyFolder_printsEmptyRatesNotAnError() {
        CliRun r = CliRun.run(folder, "report");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Hit rates, all reviewed calls (0)", "Stretch –", "No reviewed calls in this period.",
                "Stranded prospects: none.");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }
}
