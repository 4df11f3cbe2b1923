package com.salescallplanner.store.export;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.UpfrontContract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts a rep can get into the planner (typed, pasted or imported from a CRM's CSV) that formats
 * find awkward, and a planner whose every text field holds one of them: the export tests'
 * property-style inputs (issue 11, item 7).
 */
public final class AwkwardTexts {
    public static final CallId EARLIER = new CallId("call-earlier");
    public static final CallId PLANNED = new CallId("call-planned");
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 24, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    /** Each alone is a case; random mixes of them are more. */
    public static final List<String> PIECES = List.of(
            "Robert \"Bob\" Smith", "back\\slash \\n \\, \\;", "semi;colon", "com,ma, \"quoted, comma\"",
            "line\nbreak", "crlf\r\nline", "lone\rcarriage return", "tab\there", "trailing blank ",
            "esc\u001b[31mred\u001b[0m\u001b]0;title\u0007", "bell\u0007 backspace\b form feed\f", "del\u007f",
            "c1 \u0085 \u009b31m \u0080", "emoji 😀 👍🏽 👩‍💻 🇩🇪", "汉字 中文 日本語のテキスト 한국어", "עברית: שלום עולם",
            "العربية: مرحبا بالعالم", "mixed English עברית 123 العربية", "^caret^ ^n ^'", "colon: x; mailto:x@y",
            "line\u2028separator\u2029paragraph", "\ufeffbyte order mark", "zero\u200bwidth\u200djoiner",
            "combining e\u0301 n\u0303", "=HYPERLINK(\"http://evil\",\"x\")", "-2+3", "@SUM(A1)", "+1 555",
            "<b>html</b> &amp; &copy; <!-- c -->", "*md* _x_ # [l](u) `c` ~s~ |t|", "---", "===", "1. list",
            "- item", "> quote", "    indented code", "lone \ud800 high", "lone \udc00 low", "$€£¥ ß ÆØÅ",
            "ALL CAPS ΑΒΓ абв", "x".repeat(250), "word ".repeat(60));

    private AwkwardTexts() {
    }

    /** Every piece alone, then {@code mixes} random joins of two to five pieces (seeded: the same each run). */
    public static List<String> cases(int mixes, long seed) {
        List<String> cases = new ArrayList<>(PIECES);
        Random r = new Random(seed);
        for (int i = 0; i < mixes; i++) {
            StringBuilder b = new StringBuilder();
            int n = 2 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                b.append(PIECES.get(r.nextInt(PIECES.size()))).append(r.nextBoolean() ? " " : "\n");
            }
            cases.add(b.toString());
        }
        return cases;
    }

    /** A name the domain accepts: not blank, at most 200 characters. */
    public static String name(String s) {
        String n = ("N " + s).strip();
        return n.length() > FieldRules.MAX_NAME ? n.substring(0, FieldRules.MAX_NAME) : n;
    }

    /** A long text: the piece repeated to some 9,000 characters, under the 10,000 limit. */
    public static String longText(String s) {
        String r = s.repeat(Math.max(1, 9_000 / s.length()));
        return r.length() > 9_000 ? r.substring(0, 9_000) : r;
    }

    /** A planner whose every text (stage name too) holds {@code s}, with one reviewed call before the planned one. */
    public static PlannerData planner(String s) {
        String name = name(s);
        StageModel stages = StageModel.defaults().withRenamed(StageModel.EVALUATION, name, s.length() > 400 ? "" : s);
        Prospect p = Prospect.create(name, name, StageModel.DISCOVERY, LocalDate.of(2026, 1, 5))
                .movedTo(StageModel.EVALUATION, LocalDate.of(2026, 2, 20))
                .withContacts(List.of(new Contact(name, name, name), new Contact("Robert \"Bob\" Smith", "CFO",
                        "bob@example.com")))
                .withNotes(longText(s));
        CallPlan earlier = new CallPlan(EARLIER, p.id(), START.minusDays(20), Duration.ofMinutes(30), List.of(name),
                StageModel.DISCOVERY, UpfrontContract.EMPTY, Objective.of(Level.STRETCH, s),
                Objective.of(Level.CONSERVATIVE, s), List.of(s), null,
                new CallOutcome(OutcomeType.ADVANCE, true, false, s, StageModel.EVALUATION,
                        new NextStep(name, LocalDate.of(2026, 2, 20)), START.minusDays(20).toLocalDate()));
        CallPlan planned = new CallPlan(PLANNED, p.id(), START, Duration.ofMinutes(45),
                List.of(name, "Robert \"Bob\" Smith"), StageModel.EVALUATION,
                new UpfrontContract(s, s, s, s, longText(s)),
                new Objective(Level.STRETCH, s, null, name, LocalDate.of(2026, 4, 10)),
                Objective.of(Level.CONSERVATIVE, s), List.of(s, name), null, null);
        return PlannerData.of(stages, com.salescallplanner.domain.CommitmentLadder.defaults(), List.of(p),
                List.of(earlier, planned));
    }

    /** The prospect of {@link #planner}. */
    public static Prospect prospect(PlannerData d) {
        return d.prospects().get(0);
    }
}
