package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A crafted CSV cannot rewrite the rep's terminal (issue 11, item 10): control characters in
 * what the command line prints (ESC sequences, BEL, a lone CR, DEL, C1 controls such as the
 * 8-bit CSI) come out as U+FFFD; --json keeps them, escaped, so a program reads the exact text.
 */
class TerminalEscapesTest {
    private static final String COMPANY = "Evil\u001b[2J\u001b]0;pwned\u0007 Co";
    private static final String DEAL = "Deal\u009b31m\r\u007f";

    @TempDir
    Path data;
    @TempDir
    Path dir;
    private Path csv;

    @BeforeEach
    void writeCsv() throws IOException {
        csv = dir.resolve("crafted.csv");
        Files.writeString(csv, "Account Name,Opportunity Name,Stage,Amount\n"
                + "\"" + COMPANY + "\",\"" + DEAL + "\",Prospecting,100\n"
                + "Other,\"x\",Prospecting,\"\u001b[31m12\"\n"
                + "Third,y,\"Stage\u001b[5m\",5\n", StandardCharsets.UTF_8);
    }

    @Test
    void import_craftedCsv_reportHasNoControlCharacters() {
        CliRun r = CliRun.run(data, "import", csv.toString());

        assertThat(r.status()).isEqualTo(1);
        assertNoControls(r.out());
        assertNoControls(r.err());
        assertThat(r.out()).contains("'\uFFFD[31m12' is not an amount").contains("'Stage\uFFFD[5m' on line 5");
    }

    @Test
    void list_companyWithEscapes_printsThemNeutralised() {
        CliRun.run(data, "import", csv.toString());

        CliRun r = CliRun.run(data, "list");

        assertThat(r.status()).isZero();
        assertNoControls(r.out());
        assertThat(r.out()).contains("Evil\uFFFD[2J\uFFFD]0;pwned\uFFFD Co");
    }

    @Test
    void listJson_companyWithEscapes_keepsThemEscaped() {
        CliRun.run(data, "import", csv.toString());

        CliRun r = CliRun.run(data, "list", "--json");

        assertNoControls(r.out());
        assertThat(r.out()).contains("Evil\\u001B[2J\\u001B]0;pwned\\u0007 Co").contains("\\u009B31m");
        JsonNode list = JsonMapper.builder().build().readTree(r.out());
        assertThat(list.get(0).get("company").asString()).isEqualTo(COMPANY);
        assertThat(list.get(0).get("name").asString()).contains(DEAL);
    }

    @Test
    void importJson_rejectionWithEscapes_keepsThemEscaped() {
        CliRun r = CliRun.run(data, "import", "--json", "--dry-run", csv.toString());

        assertNoControls(r.out());
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        assertThat(report.get("rejections").get(0).get("reason").asString()).contains("'\u001b[31m12'");
    }

    @Test
    void reportAndCheck_textWithEscapes_printNoControlCharacters() {
        CliRun.run(data, "import", csv.toString());

        CliRun report = CliRun.run(data, "report");
        CliRun check = CliRun.run(data, "check", "--stage", "Discovery", "--stretch",
                "Dana \u001b[2J signs by 2026-01-01", "--conservative", "Dana\u009b shares the list");

        for (CliRun r : List.of(report, check)) {
            assertNoControls(r.out());
            assertNoControls(r.err());
        }
        assertThat(check.out()).contains("\uFFFD[2J");
    }

    @Test
    void anyCommand_errorMessageNamingACraftedFile_printsNoControlCharacters() throws IOException {
        CliRun r = CliRun.run(data, "import", dir.resolve("no\u001b[2Jfile.csv").toString());

        assertThat(r.status()).isEqualTo(3);
        assertNoControls(r.err());
        assertThat(r.err()).contains("no\uFFFD[2Jfile.csv");
    }

    /** No C0 control but tab and line ends (CR only before LF), no DEL, no C1. */
    private static void assertNoControls(String printed) {
        String s = printed.replace("\r\n", "\n");
        assertThat(s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f).toArray())
                .as("control characters in: %s", s.replace("\u001b", "<ESC>")).isEmpty();
    }
}
