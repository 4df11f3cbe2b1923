package com.salescallplanner.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IcsFoldingTest {

    private static void assertFoldedWithin75Octets(String folded) {
        assertThat(folded).endsWith("\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void fold_umlautsAcrossTheLimit_countOctetsAndKeepCharactersWhole() {
        String line = "SUMMARY:" + "ü".repeat(100);

        String folded = IcsFolding.fold(line);

        assertFoldedWithin75Octets(folded);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        assertThat(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8)).hasSize(74);
    }

    @Test
    void fold_emojiSurrogatePairs_areNeverSplit() {
        String line = "DESCRIPTION:x" + "\uD83D\uDE80".repeat(40);

        String folded = IcsFolding.fold(line);

        assertFoldedWithin75Octets(folded);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .as("no lone surrogate").isEqualTo(part);
        }
    }

    @Test
    void fold_shortLinesAndBareLineFeeds_becomeCrlfLines() {
        assertThat(IcsFolding.fold("BEGIN:VCALENDAR\nVERSION:2.0\r\nEND:VCALENDAR"))
                .isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void fold_exactly75Octets_staysOneLine() {
        String line = "X".repeat(75);

        assertThat(IcsFolding.fold(line)).isEqualTo(line + "\r\n");
        assertThat(IcsFolding.fold(line + "Y")).isEqualTo(line + "\r\n Y\r\n");
    }
}
