package com.salescallplanner.domain.check;

import java.util.Set;

/** Questions, which commit nobody: "is their IT team happy with the sandbox?", "what's the budget for next yr". */
final class Questions {
    private static final Set<String> WH = Set.of("what", "who", "which", "why", "how", "whether", "where",
            "what's", "who's", "how's", "where's", "whats", "hows");
    private static final Set<String> INVERTED = Set.of("is", "are", "was", "were", "does", "did", "has", "have",
            "isn't", "doesn't", "hasn't", "can", "will", "would", "could", "should");
    private static final Set<String> TAGS = Set.of("ok", "okay", "right", "agreed", "correct", "yes", "no", "sure");
    private static final Set<String> CURRENTLY = Set.of("today", "now", "currently");

    private Questions() {
    }

    static boolean isQuestion(Sentence x) {
        String text = x.text.strip();
        if (text.endsWith("?")) {
            return !tagQuestion(x);
        }
        if (x.size() == 0) {
            return false;
        }
        String first = x.low(0);
        if (WH.contains(first)) {
            return true;
        }
        if (!INVERTED.contains(first) || first.equals("have") || x.size() < 3) {
            return false;
        }
        String second = x.low(1);
        return (first.equals("is") || first.equals("are") || first.equals("was") || first.equals("does")
                || first.equals("did") || first.equals("has") || first.equals("isn't") || first.equals("doesn't")
                || first.equals("hasn't")) && (WordClasses.DETERMINERS.contains(second)
                || WordClasses.BUYER_PRONOUNS.contains(second) || x.name(1) || WordClasses.isRoleHead(x.tok(1)));
    }

    /** "... by the 15th, ok?", "... - right?": a short tag after the statement asks for agreement, not a fact. */
    private static boolean tagQuestion(Sentence x) {
        int words = 0;
        for (int i = x.size() - 1; i >= 0; i--) {
            Token tok = x.tok(i);
            if (tok.isPunct() && !tok.lower().equals("?")) {
                return words > 0 && words <= 2 && i > 0;
            }
            if (tok.isWord()) {
                words++;
                if (words > 2 || Verbs.find(tok.lower()) != null && !TAGS.contains(tok.lower())) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * "today" meaning "these days": in a question or after "how"/"what" ("what do they spend on freight
     * today?", "understand how they buy software today") it dates nothing.
     */
    static boolean meansCurrently(Sentence x, DateMention due, boolean question) {
        if (!CURRENTLY.contains(due.phrase().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (question) {
            return true;
        }
        for (int i = 0; i < x.size(); i++) {
            if (WH.contains(x.low(i))) {
                return true;
            }
        }
        return false;
    }
}
