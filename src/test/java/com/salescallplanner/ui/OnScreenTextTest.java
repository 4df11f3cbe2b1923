package com.salescallplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnScreenTextTest {
    @Test
    void cut_longTitle_endsWithAnEllipsis_shortOneUnchanged() {
        assertThat(OnScreenText.cut("Cannot add Acme", 80)).isEqualTo("Cannot add Acme");
        String cut = OnScreenText.cut("Cannot add " + "A".repeat(5_000), 80);
        assertThat(cut).hasSize(80).startsWith("Cannot add AAA").endsWith("…");
    }

    @Test
    void cut_neverSplitsAnEmoji() {
        String rockets = "\uD83D\uDE80".repeat(100);
        String cut = OnScreenText.cut(rockets, 10);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(10);
        assertThat(cut).isEqualTo("\uD83D\uDE80".repeat(9) + "…");
    }

    @Test
    void message_pathsTheAppNames_keptWhole() {
        String m = "/home/ana/.local/share/sales-call-planner/planner.json is missing, but "
                + "/home/ana/.local/share/sales-call-planner/backups holds 1 earlier version.";
        assertThat(OnScreenText.message(m)).isEqualTo(m);
    }

    @Test
    void message_cutsWordsTooLongToWrap_keepsTheRest() {
        String m = OnScreenText.message("The name " + "X".repeat(5_000) + " is too long.\nFix it.");
        assertThat(m).startsWith("The name XXXX").contains("X… is too long.\nFix it.");
        assertThat(m.length()).isLessThan(OnScreenText.WORD + 40);
        assertThat(OnScreenText.message("A".repeat(5_000).replace("", " ")).length())
                .isLessThanOrEqualTo(OnScreenText.MESSAGE);
    }
}
