package com.salescallplanner.cli;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.domain.check.ObjectiveReading;
import com.salescallplanner.domain.check.Understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The check command's output: readable lines, or the maps and lists of its JSON shape. */
final class CheckReport {
    private CheckReport() {
    }

    /** {@code {"stage", "objectives": [...], "findings": [...]}}, keys in this order. */
    static Map<String, Object> json(String stageName, CheckResult result) {
        List<Object> objectives = new ArrayList<>();
        for (ObjectiveReading r : result.readings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("level", r.level().id());
            o.put("text", r.text());
            o.put("kind", r.kind().name());
            o.put("advance", r.advance());
            o.put("owner", r.owner());
            o.put("due", r.dueDisplay());
            o.put("reading", reading(r.understanding()));
            objectives.add(o);
        }
        List<Object> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule().id());
            m.put("severity", f.severity().id());
            m.put("objective", f.target().id());
            m.put("message", f.message());
            m.put("suggestion", f.suggestion());
            findings.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stage", stageName);
        out.put("objectives", objectives);
        out.put("findings", findings);
        return out;
    }

    /** What the reader understood: who acts, the action, what it noticed, and its doubt (null when sure). */
    private static Map<String, Object> reading(Understanding u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actor", u.actor().name().toLowerCase(java.util.Locale.ROOT));
        m.put("action", u.action());
        m.put("negated", u.negated());
        m.put("question", u.question());
        m.put("hedged", u.hedged());
        m.put("reported", u.reported());
        m.put("passive", u.passive());
        m.put("learned", u.learned());
        m.put("doubt", u.doubt());
        return m;
    }

    static List<String> text(String stageName, CheckResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Stage: " + stageName);
        for (ObjectiveReading r : result.readings()) {
            lines.add(r.level().displayName() + ": " + (r.text().isBlank() ? "(empty)" : r.text()));
            lines.add("  kind: " + kind(r) + "; buyer commits: " + (r.advance() ? "yes" : "no")
                    + "; owner: " + (r.owner() == null ? "none" : r.owner()) + "; due: " + due(r));
            if (!r.text().isBlank()) {
                lines.add("  reading: " + r.understanding().describe());
            }
        }
        if (result.findings().isEmpty()) {
            lines.add("No findings.");
        }
        for (Finding f : result.findings()) {
            lines.add(f.severity().id().toUpperCase(java.util.Locale.ROOT) + " " + f.rule().id() + " ["
                    + f.target().id() + "] " + f.message());
            if (!f.suggestion().isEmpty()) {
                lines.add("  suggestion: " + f.suggestion());
            }
        }
        lines.add(result.ready() ? "Ready: no errors." : "Not ready: fix the errors above.");
        return lines;
    }

    private static String kind(ObjectiveReading r) {
        String name = r.kind() == CommitmentKind.NONE ? "none (no buyer commitment)" : r.kind().displayName();
        return name + (r.kindInferred() ? "" : " (set by you)");
    }

    private static String due(ObjectiveReading r) {
        if (!r.hasDue()) {
            return "none";
        }
        if (r.duePhrase() == null) {
            return r.dueDate().toString();
        }
        return r.dueDate() == null ? r.duePhrase() : r.duePhrase() + " (" + r.dueDate() + ")";
    }
}
