package com.salescallplanner.domain.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an objective into clauses at "and", "then", "but", ";" and sentence ends, and finds each
 * clause's verb. A fragment without a verb ("Anna and ...", "... and the volumes") joins its neighbour.
 */
final class Clauses {
    private final List<Token> t;
    private final String[] lemmas;
    private final boolean[] covered;

    Clauses(List<Token> tokens, String[] lemmas, boolean[] covered) {
        this.t = tokens;
        this.lemmas = lemmas;
        this.covered = covered;
    }

    /** Token ranges {from, to} of the clauses, in order. */
    List<int[]> split() {
        List<int[]> out = new ArrayList<>(3);
        int pending = -1;
        int s = 0;
        int n = t.size();
        for (int i = 0; i <= n; i++) {
            if (i < n && !Words.CLAUSE_BREAKS.contains(t.get(i).lower())) {
                continue;
            }
            if (i > s) {
                if (verb(s, i) < 0) {
                    if (!out.isEmpty()) {
                        out.get(out.size() - 1)[1] = i;
                    } else if (pending < 0) {
                        pending = s;
                    }
                } else {
                    out.add(new int[] {pending >= 0 ? pending : s, i});
                    pending = -1;
                }
            }
            s = i + 1;
        }
        if (pending >= 0) {
            out.add(new int[] {pending, n});
        }
        if (out.isEmpty() && n > 0) {
            out.add(new int[] {0, n});
        }
        return out;
    }

    /** The index of the clause's verb in [s, e), or -1 when the clause has none (a noun phrase). */
    int verb(int s, int e) {
        boolean subjectEmpty = true;
        for (int j = s; j < e; j++) {
            Token tok = t.get(j);
            String l = tok.lower();
            if (tok.isPunct() || covered[j] || Words.AUXILIARIES.contains(l) || l.equals("ensure")) {
                continue;
            }
            if (l.equals("make") && j + 1 < e && t.get(j + 1).lower().equals("sure")) {
                j++;
                continue;
            }
            Verb.Found f = Verbs.find(l);
            if (f != null ? isVerbHere(f, j, e, subjectEmpty) : subjectEmpty && isUnknownImperative(j, e)) {
                return j;
            }
            if (!Words.DETERMINERS.contains(l)) {
                subjectEmpty = false;
            }
        }
        return -1;
    }

    /**
     * An unknown word opening a clause and followed by "the", "a", "our"... is taken for the rep's own
     * imperative ("Revise the proposal", "Hand the deck to ..."): names are followed by verbs, not articles.
     */
    private boolean isUnknownImperative(int j, int e) {
        Token tok = t.get(j);
        if (!tok.isWord() || j + 1 >= e || !Words.DETERMINERS.contains(t.get(j + 1).lower())) {
            return false;
        }
        String l = tok.lower();
        return !Words.NOT_NAMES.contains(l) && !Words.PREPOSITIONS.contains(l) && !Words.isRoleHead(tok)
                && !Words.isRoleModifier(tok) && !DateWords.isDateWord(l) && !KindCues.isCueWord(tok.lemma())
                && !Words.BUYER_PRONOUNS.contains(l) && !Words.isSellerPronoun(tok) && !l.endsWith("'s");
    }

    /**
     * Whether a verb form is used as the verb here. With nothing before it, only the base form is (an
     * imperative: "Send ...", not "Signed contract ..."), and a noun-like verb followed by a preposition or
     * starting a compound is a noun ("Call with Anna", "Purchase order"). After a subject, a noun-like verb
     * must follow the subject's last word ("The CFO signs", not "Two reference calls").
     */
    private boolean isVerbHere(Verb.Found f, int j, int e, boolean subjectEmpty) {
        if (subjectEmpty) {
            if (f.form() != Verb.Form.BASE) {
                return false;
            }
            if (!f.verb().nounLike()) {
                return true;
            }
            if (j + 1 >= e || Words.PREPOSITIONS.contains(t.get(j + 1).lower()) || t.get(j + 1).isPunct()) {
                return false;
            }
            PhraseTable.Match<?> compound = KindCues.TABLE.match(lemmas, j);
            return compound == null || compound.length() < 2 || Words.DETERMINERS.contains(t.get(j + 1).lower());
        }
        if (!f.verb().nounLike()) {
            return true;
        }
        int k = j - 1;
        while (k >= 0 && t.get(k).isPunct()) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token prev = t.get(k);
        return Words.AUXILIARIES.contains(prev.lower()) || Words.isRoleHead(prev) || Words.isName(prev)
                || Words.BUYER_PRONOUNS.contains(prev.lower()) || Words.isSellerPronoun(prev);
    }
}
