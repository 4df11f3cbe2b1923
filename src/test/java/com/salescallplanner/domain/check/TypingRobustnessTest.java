package com.salescallplanner.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The UI checks on every keystroke, so half-typed and odd text must read without an exception, and
 * every reading must hang together: an advance has a kind, a non-advance has neither kind nor owner.
 */
class TypingRobustnessTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 16);
    private final ObjectiveChecker checker = new ObjectiveChecker(StageModel.defaults(), CommitmentLadder.defaults());

    @Test
    void read_everyPrefixOfEveryLabelledObjective_readsConsistently() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String table : List.of("labelled-objectives.csv", "held-out-objectives.csv", "held-out-2-objectives.csv")) {
            LabelledObjectivesTest.load(table).forEach(r -> texts.add(r.text()));
        }
        AgreementTable.load("tune-objectives.csv").forEach(r -> texts.add(r.text()));
        int checked = 0;
        for (String text : texts) {
            for (int end = 0; end <= text.length(); end++) {
                assertConsistent(text.substring(0, end));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15_000);
    }

    @Test
    void read_randomCharactersAndDateLikeJunk_readsConsistently() {
        Random random = new Random(42);
        String alphabet = "aAbBcCdDeE 0123456789/-.,;:'\u2019&()?!\u00e9\u00df\u4e2d\t\nthe by on next Q3 15th May 3/1 2026-";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertConsistent(sb.toString());
        }
        for (String odd : List.of("by the 31st", "on 2/30", "on 13/45", "Q9", "in 0 days", "in 999 weeks", "the 0th",
                "2026-13-45", "by the 99th", "-", "'s", "and and and", "Get", "Get the", "Get the CFO to",
                "the week of", "end of", "by the end of the", "ahead of", "Monday,", "March", "3/", "/1")) {
            assertConsistent(odd);
        }
    }

    private void assertConsistent(String text) {
        Objective s = Objective.of(Level.STRETCH, text);
        Objective c = Objective.of(Level.CONSERVATIVE, text);
        for (StageId stage : List.of(StageModel.PROSPECTING, StageModel.NEGOTIATION, StageModel.CLOSED_WON)) {
            CheckResult r = checker.check(stage, s, c, false, TODAY);
            ObjectiveReading reading = r.reading(Level.STRETCH);
            assertThat(reading.advance()).as(text).isEqualTo(reading.kind() != CommitmentKind.NONE);
            if (!reading.advance()) {
                assertThat(reading.owner()).as(text).isNull();
            }
            // The conservative objective must commit the buyer to something, or the reader must be unsure (issue 14)
            ObjectiveReading least = r.reading(Level.CONSERVATIVE);
            assertThat(r.ready()).as(text).isEqualTo(!text.isBlank() && !stage.equals(StageModel.CLOSED_WON)
                    && (least.advance() || least.unsure()));
        }
    }
}
