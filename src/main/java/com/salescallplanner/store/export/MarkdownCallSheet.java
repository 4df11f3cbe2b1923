package com.salescallplanner.store.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The call sheet as Markdown, for a notes app or a wiki. Text the rep typed is escaped so a
 * company called "*Star* Ltd" or an objective starting with "#" prints as typed.
 */
public final class MarkdownCallSheet {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~]|&(?=#?[A-Za-z0-9]+;))");
    /** A line of only = or - under a line of text would turn that text into a heading (setext). */
    private static final Pattern UNDERLINE = Pattern.compile("^(\\s*)([=-])(?=[=\\s-]*$)", Pattern.MULTILINE);
    private static final Pattern BULLET_START = Pattern.compile("^(\\s*)([-+])(\\s)", Pattern.MULTILINE);
    private static final Pattern NUMBER_START = Pattern.compile("^(\\s*\\d+)([.)])(\\s)", Pattern.MULTILINE);

    private MarkdownCallSheet() {
    }

    public static String render(CallSheet s) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(inline(s.title())).append("\n\n");
        b.append(inline(s.when())).append("  \nStage: ").append(inline(s.stage())).append("\n\n");
        b.append("## Up-front contract\n\n");
        if (s.contract().isEmpty()) {
            b.append("(not set)\n");
        }
        s.contract().forEach(l -> b.append("- **").append(l.label()).append(":** ").append(block(l.text())).append('\n'));
        b.append("\n## Objectives\n\n");
        for (CallSheet.ObjectiveLine o : s.objectives()) {
            b.append("- **").append(o.label()).append(":** ").append(block(o.text()));
            if (!o.details().isEmpty()) {
                b.append("  \n  ").append(inline(o.details()));
            }
            b.append('\n');
        }
        list(b, "Attendees", s.attendees());
        list(b, "Questions", s.questions());
        b.append("\n## History\n\n### Stages\n\n");
        s.stageHistory().forEach(h -> b.append("- ").append(inline(h)).append('\n'));
        b.append("\n### Earlier calls\n\n");
        if (s.earlierCalls().isEmpty()) {
            b.append("None.\n");
        }
        for (CallSheet.EarlierCall c : s.earlierCalls()) {
            b.append("- ").append(c.date()).append(" (").append(inline(c.stage())).append("): ")
                    .append(inline(c.outcome()));
            if (!c.notes().isEmpty()) {
                b.append("  \n  ").append(block(c.notes()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void list(StringBuilder b, String heading, List<String> items) {
        b.append("\n## ").append(heading).append("\n\n");
        if (items.isEmpty()) {
            b.append("None.\n");
        }
        items.forEach(i -> b.append("- ").append(block(i)).append('\n'));
    }

    /** Text on one line (a title, a name): its syntax escaped, line breaks as blanks. */
    static String inline(String text) {
        return escape(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    }

    /** Escapes Markdown's inline syntax, an &amp;-style entity, and a list marker or heading underline at a line's start. */
    private static String escape(String text) {
        String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
        escaped = BULLET_START.matcher(escaped).replaceAll("$1\\\\$2$3");
        escaped = UNDERLINE.matcher(escaped).replaceAll("$1\\\\$2");
        return NUMBER_START.matcher(escaped).replaceAll("$1\\\\$2$3");
    }

    /**
     * Multi-line text inside a list item: every further line indented to stay in the item, its
     * own leading blanks dropped (four of them would make the line a code block).
     */
    private static String block(String text) {
        String[] lines = text.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            b.append(i == 0 ? "" : "  \n  ").append(escape(lines[i].stripLeading()));
        }
        return b.toString();
    }
}
