package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.CommandStoreAccess;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The check command run in-process, the way the launcher builds the command line. */
class CheckCommandTest {
    private static final String STRETCH = "Our champion introduces us to the VP of Operations by next week";
    private static final String CONSERVATIVE = "The IT lead sends us their current process documentation by Friday";

    private record Run(int status, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    private static Run run(String... args) {
        CommandLine cl = new CommandLine(new RootCommand(folder -> 0, option -> Path.of("target", "no-data"), new CommandStoreAccess()));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("check", "--today", "2026-02-16"));
        all.addAll(List.of(args));
        int status = cl.execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void check_goodObjectives_exitsZeroWithTheJsonShape() {
        Run r = run("--stage", "discovery", "--stretch", STRETCH, "--conservative", CONSERVATIVE, "--json");
        assertThat(r.status()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("stage").asString()).isEqualTo("Discovery");
        assertThat(j.propertyNames()).containsExactly("stage", "objectives", "findings");
        JsonNode s = j.get("objectives").get(0);
        assertThat(s.propertyNames()).containsExactly("level", "text", "kind", "advance", "owner", "due", "reading");
        assertThat(s.get("reading").get("actor").asString()).isEqualTo("buyer");
        assertThat(s.get("reading").get("action").asString()).isEqualTo("introduce");
        assertThat(s.get("reading").get("doubt").isNull()).isTrue();
        assertThat(s.get("level").asString()).isEqualTo("stretch");
        assertThat(s.get("text").asString()).isEqualTo(STRETCH);
        assertThat(s.get("kind").asString()).isEqualTo("INTRODUCE_STAKEHOLDER");
        assertThat(s.get("advance").asBoolean()).isTrue();
        assertThat(s.get("owner").asString()).isEqualTo("champion");
        assertThat(s.get("due").asString()).isEqualTo("2026-02-27");
        JsonNode c = j.get("objectives").get(1);
        assertThat(c.get("level").asString()).isEqualTo("conservative");
        assertThat(c.get("kind").asString()).isEqualTo("SHARE_INFORMATION");
        assertThat(c.get("due").asString()).isEqualTo("2026-02-20");
        assertThat(j.get("findings").isArray()).isTrue();
        assertThat(j.get("findings")).isEmpty();
    }

    @Test
    void check_conservativeWithNoBuyerCommitment_isAnErrorFinding_exitsOne() {
        Run r = run("--stage", "Discovery", "--stretch", STRETCH, "--conservative", "Send the CFO our brochure", "--json");
        assertThat(r.status()).isEqualTo(CheckCommand.NOT_READY);
        JsonNode c = r.json().get("objectives").get(1);
        assertThat(c.get("kind").asString()).isEqualTo("NONE");
        assertThat(c.get("advance").asBoolean()).isFalse();
        assertThat(c.get("owner").isNull()).isTrue();
        assertThat(c.get("due").isNull()).isTrue();
        JsonNode f = r.json().get("findings").get(0);
        assertThat(f.propertyNames()).containsExactly("rule", "severity", "objective", "message", "suggestion");
        assertThat(f.get("rule").asString()).isEqualTo("not-an-advance");
        assertThat(f.get("severity").asString()).isEqualTo("error");
        assertThat(f.get("objective").asString()).isEqualTo("conservative");
        assertThat(f.get("message").asString()).isNotBlank();
        assertThat(f.get("suggestion").asString()).isNotBlank();
    }

    @Test
    void check_datedEventWithoutDay_printsThePhraseAsDue() {
        Run r = run("--stage", "discovery", "--stretch", STRETCH, "--conservative",
                "The IT lead sends us the documentation at the steering committee", "--json");
        assertThat(r.json().get("objectives").get(1).get("due").asString()).isEqualTo("at the steering committee");
    }

    @Test
    void check_errorFinding_exitsOne() {
        Run empty = run("--stage", "discovery", "--stretch", "", "--conservative", CONSERVATIVE, "--json");
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.json().get("findings").get(0).get("rule").asString()).isEqualTo("missing-stretch");
        assertThat(empty.json().get("findings").get(0).get("severity").asString()).isEqualTo("error");
        Run closed = run("--stage", "closed won", "--stretch", STRETCH, "--conservative", CONSERVATIVE, "--json");
        assertThat(closed.status()).isEqualTo(1);
        assertThat(closed.json().get("findings").get(0).get("objective").asString()).isEqualTo("plan");
    }

    @Test
    void check_unknownStage_exitsTwoListingTheValidStagesOnStderr() {
        Run r = run("--stage", "Qualification", "--stretch", STRETCH, "--conservative", CONSERVATIVE);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Unknown stage 'Qualification'", "Prospecting, Discovery, Evaluation, Proposal, Negotiation");
    }

    @Test
    void check_missingOption_exitsTwoNamingIt() {
        Run r = run("--stage", "Discovery", "--stretch", STRETCH);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--conservative");
    }

    @Test
    void check_objectiveTooLong_exitsTwoWithTheDomainMessage() {
        Run r = run("--stage", "Discovery", "--stretch", "x".repeat(1001), "--conservative", CONSERVATIVE);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Stretch objective is too long");
    }

    @Test
    void check_withoutJson_printsReadableLinesForObjectivesAndFindings() {
        Run r = run("--stage", "Prospecting", "--stretch", STRETCH, "--conservative", "Send the CFO our brochure");
        assertThat(r.status()).isEqualTo(CheckCommand.NOT_READY);
        assertThat(r.out()).contains("Stage: Prospecting", "Stretch: " + STRETCH,
                "kind: Introduce stakeholder; buyer commits: yes; owner: champion; due: by next week (2026-02-27)",
                "reading: I read the owner as champion, the action as 'introduce', done by the buyer",
                "ERROR not-an-advance [conservative]", "suggestion: ", "Not ready");
    }
}
