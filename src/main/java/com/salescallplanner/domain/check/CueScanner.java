package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.check.Verb.Role.NONCOMMIT;
import static com.salescallplanner.domain.check.Verb.Role.SELLER;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Scans a clause for the keywords of a kind ({@link KindCues}) and for vague promises. */
final class CueScanner {
    /** A clause with one of these commits the buyer to nothing definite. */
    static final PhraseTable<Boolean> VAGUE = new PhraseTable<Boolean>().add(true, "sometime", "some time",
            "at some point", "maybe", "perhaps", "possibly", "in the future", "down the road", "when ready",
            "when they are ready", "when they're ready", "if interested", "if they are interested", "eventually",
            "whenever", "no rush", "at their convenience", "rapport", "relationship", "trust", "keep in touch",
            "stay in touch", "be in touch", "think it over", "think about it", "get back to", "come back to",
            "circle back", "touch base", "follow up", "let us know", "let me know", "keep us posted",
            "keep me posted", "next step", "open to", "interested in", "curious about");

    /** An embedded question: "confirms who signs off" tells us something, it signs nothing. */
    private static final Set<String> WH = Set.of("who", "whom", "whether", "how", "what", "why",
            "where", "when");

    private final List<Token> t;
    private final String[] lemmas;
    private final boolean[] covered;
    private final People people;
    private final CommitmentLadder ladder;

    CueScanner(List<Token> t, String[] lemmas, boolean[] covered, People people, CommitmentLadder ladder) {
        this.t = t;
        this.lemmas = lemmas;
        this.covered = covered;
        this.people = people;
        this.ladder = ladder;
    }

    /**
     * The highest-ranked kind named by keywords in [from, to); null if none. Dates, determiners and
     * departments inside a role ("head of procurement") are left out, and so is a purpose the seller
     * pursues after the action ("a call to discuss their requirements") and an embedded question
     * ("confirms who signs off", which is information).
     */
    CommitmentKind cues(int from, int to, int action) {
        String[] ls = new String[to - from];
        int n = 0;
        boolean question = false;
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (k > action && tok.lower().equals("to") && isSellerVerb(k + 1, to)) {
                break;
            }
            if (k > action && WH.contains(tok.lower())) {
                question = true;
                break;
            }
            if (!covered[k] && !tok.isPunct() && !Words.DETERMINERS.contains(tok.lower()) && !inRole(k, to)) {
                ls[n++] = tok.lemma();
            }
        }
        ls = n == ls.length ? ls : Arrays.copyOf(ls, n);
        CommitmentKind best = null;
        for (int i = 0; i < n; ) {
            PhraseTable.Match<CommitmentKind> m = KindCues.TABLE.match(ls, i);
            if (m == null) {
                i++;
                continue;
            }
            CommitmentKind k = m.value();
            if (k != CommitmentKind.NONE && (best == null || ladder.rank(k) > ladder.rank(best))) {
                best = k;
            }
            i += m.length();
        }
        return best == null && question ? CommitmentKind.SHARE_INFORMATION : best;
    }

    private boolean isSellerVerb(int j, int e) {
        Verb v = baseVerb(j, e);
        return v != null && (v.role() == SELLER || v.role() == NONCOMMIT);
    }

    /** A department word inside a longer role: "procurement" in "head of procurement" or "procurement lead". */
    private boolean inRole(int k, int e) {
        if (!Words.DEPARTMENTS.contains(t.get(k).lower())) {
            return false;
        }
        int from = k;
        while (from > 0 && k - from < 3 && !t.get(from - 1).isPunct()
                && (Words.isRoleModifier(t.get(from - 1)) || Words.isRoleHead(t.get(from - 1))
                || t.get(from - 1).lower().equals("of"))) {
            from--;
        }
        People.Person p = people.at(from, e);
        return p != null && p.from() <= k && p.to() > k && p.to() - p.from() >= 2;
    }

    boolean vague(int s, int e) {
        for (int i = s; i < e; i++) {
            if (VAGUE.startsPhrase(lemmas[i])) {
                PhraseTable.Match<Boolean> m = VAGUE.match(lemmas, i);
                if (m != null && i + m.length() <= e) {
                    return true;
                }
            }
        }
        return false;
    }

    private Verb baseVerb(int j, int e) {
        if (j >= e) {
            return null;
        }
        Verb.Found f = Verbs.find(t.get(j).lower());
        return f != null && f.form() == Verb.Form.BASE ? f.verb() : null;
    }
}
