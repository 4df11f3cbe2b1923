package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.check.Verb.Role.NONCOMMIT;
import static com.salescallplanner.domain.check.Verb.Role.SELLER;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;

import java.util.List;
import java.util.Set;

/**
 * Scans a clause for the keywords of a kind ({@link KindCues}) and for vague promises. The highest-ranked
 * kind named wins, with exceptions that follow the grammar: a purpose after "for" or an extent after
 * "through" counts only when nothing else does ("the scoring matrix for the vendor shortlist" is criteria),
 * the last noun of a compound is its head ("the trial usage export" is information), an approval named as
 * a noun approves what follows ("the green light for the full rollout"), and a purpose the seller pursues
 * or an embedded question ends the scan.
 */
final class CueScanner {
    /** A clause with one of these commits the buyer to nothing definite. */
    static final PhraseTable<Boolean> VAGUE = new PhraseTable<Boolean>().add(true, "sometime", "some time",
            "at some point", "maybe", "perhaps", "possibly", "in the future", "down the road", "when ready",
            "when they are ready", "when they're ready", "if interested", "if they are interested", "eventually",
            "whenever", "no rush", "at their convenience", "rapport", "relationship", "trust", "keep in touch",
            "stay in touch", "be in touch", "think it over", "think about it", "get back to", "come back to",
            "circle back", "touch base", "follow up", "let us know", "let me know", "keep us posted",
            "keep me posted", "next step", "open to", "interested in", "curious about", "if there's interest",
            "if there is interest", "on hold", "on ice", "keep ~ conversation going", "keep ~ going");

    /** An embedded question: "confirms who signs off" tells us something, it signs nothing. */
    private static final Set<String> WH = Set.of("who", "whom", "whether", "how", "what", "why",
            "where", "when", "whoever");
    /** Words that start a secondary phrase: a purpose ("for the vendor shortlist") or an extent ("through to signature"). */
    private static final Set<String> SECONDARY = Set.of("for", "through", "toward", "towards");
    /** Approvals named as nouns: "the green light for the rollout" approves the rollout. */
    private static final Set<String> APPROVALS = Set.of("go-ahead", "approval", "blessing", "thumbs-up", "okay",
            "ok", "nod");
    /** Words that end a "for ..." purpose. */
    private static final Set<String> PP_ENDS = Set.of("with", "on", "at", "to", "from", "by", "in", "about", "and");
    private static final Set<String> ASSESSMENTS = Set.of("questionnaire", "review", "assessment", "audit", "check",
            "form", "diligence", "onboarding", "registration", "approval", "report", "test", "pen", "dpa", "finding", "score",
            "vet", "scan", "model");

    private final Sentence x;
    private final List<Token> t;
    private final People people;
    private final CommitmentLadder ladder;

    CueScanner(Sentence sentence, People people, CommitmentLadder ladder) {
        this.x = sentence;
        this.t = sentence.t;
        this.people = people;
        this.ladder = ladder;
    }

    /**
     * The kind named by keywords in [from, to); null if none. Dates, determiners and departments inside a
     * role ("head of procurement") are left out.
     */
    CommitmentKind cues(int from, int to, int action) {
        return cues(from, to, action, from);
    }

    /**
     * Like {@link #cues(int, int, int)}, ignoring a keyword that lies wholly before {@code ownEnd}: the verb's
     * own word ("sign off", "map out") says nothing when an approval or the rep's task names its object, while
     * a phrase that runs on into the object still counts ("approve ~ rollout", "close ~ deal").
     */
    CommitmentKind cues(int from, int to, int action, int ownEnd) {
        int n = to - from;
        String[] ls = new String[n];
        int[] at = new int[n];
        boolean[] purpose = new boolean[n];
        int m = 0;
        boolean question = false;
        boolean inFor = false;
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            String l = tok.lower();
            if (approvalAt(x, k)) {
                ls[m] = "approve";
                at[m] = k;
                purpose[m] = inFor;
                m++;
                k += l.equals("green") || l.equals("thumbs") ? 1 : 0;
                if (k + 1 < to && (x.low(k + 1).equals("for") || x.low(k + 1).equals("on") || x.low(k + 1).equals("to"))) {
                    k++;
                }
                continue;
            }
            if (k > action && l.equals("to") && isSellerVerb(k + 1, to)) {
                break;
            }
            if (k > action && WH.contains(l)) {
                question = true;
                break;
            }
            if (k > action && SECONDARY.contains(l) && !x.covered[k]) {
                inFor = true;
            } else if (inFor && PP_ENDS.contains(l) && !SECONDARY.contains(x.low(k - 1))) {
                inFor = false;
            }
            if (!x.covered[k] && !tok.isPunct() && !WordClasses.DETERMINERS.contains(l) && !inRole(k, to)) {
                ls[m] = tok.lemma();
                at[m] = k;
                purpose[m] = inFor;
                m++;
            }
        }
        CommitmentKind best = null;
        CommitmentKind bestPurpose = null;
        int previousEnd = -2;
        for (int i = 0; i < m; ) {
            PhraseTable.Match<CommitmentKind> match = KindCues.TABLE.match(ls, i, m);
            if (match == null) {
                match = bySynonym(ls, at, i, m);
            }
            if (match == null) {
                i++;
                continue;
            }
            CommitmentKind k = match.value();
            int next = i + match.length();
            boolean dateOfModifier = ls[next - 1].equals("date") && previousEnd == at[i] - 1;
            previousEnd = k == CommitmentKind.NONE ? -2 : at[next - 1];
            if (k != CommitmentKind.NONE && at[next - 1] >= ownEnd && !dateOfModifier
                    && (t.get(at[i]).lower().endsWith("ed") || !modifiesHead(ls, at, next, m, to))) {
                if (purpose[i]) {
                    bestPurpose = higher(bestPurpose, k);
                } else {
                    best = higher(best, k);
                }
            }
            i = next;
        }
        if (best == null) {
            best = bestPurpose;
        }
        return best == null && question ? CommitmentKind.SHARE_INFORMATION : best;
    }

    /**
     * A phrase that starts with a verb, matched through the verb's action: "authorises the deployment" reads as
     * "agree ~ deployment", "greenlights the rollout" as "agree ~ rollout", whichever synonym the rep typed.
     */
    private PhraseTable.Match<CommitmentKind> bySynonym(String[] ls, int[] at, int i, int m) {
        Verb.Found f = Verbs.find(t.get(at[i]).lower());
        if (f == null || f.verb().action().equals(ls[i])) {
            return null;
        }
        String own = ls[i];
        ls[i] = f.verb().action();
        PhraseTable.Match<CommitmentKind> match = KindCues.TABLE.match(ls, i, m);
        ls[i] = own;
        return match != null && match.length() > 1 ? match : null;
    }

    /**
     * A keyword that is not the last noun of a compound whose last noun is a keyword itself: the last noun is
     * the head ("the trial usage export" is information, "the pilot success criteria" criteria, "a pilot
     * check-in call" a meeting). A compound whose head names nothing keeps its modifiers ("the pilot readout"),
     * and so does a date ("the trial start date" is about the trial); a participle keeps its kind ("the
     * redlined MSA").
     */
    private boolean modifiesHead(String[] ls, int[] at, int next, int m, int to) {
        int last = at[next - 1];
        int r = last + 1;
        while (r < to && content(r)) {
            r++;
        }
        if (r == last + 1) {
            return false;
        }
        int head = r - 1;
        for (int p = next; p < m && at[p] <= head; p++) {
            PhraseTable.Match<CommitmentKind> h = KindCues.TABLE.match(ls, p, m);
            if (h != null && at[p + h.length() - 1] == head && h.value() != CommitmentKind.NONE) {
                return !ls[p + h.length() - 1].equals("date");
            }
        }
        return false;
    }

    /** A noun-like word that can continue a compound. */
    private boolean content(int r) {
        Token tok = t.get(r);
        String l = tok.lower();
        if (!tok.isWord() || x.covered[r] || WordClasses.DETERMINERS.contains(l) || WordClasses.PREPOSITIONS.contains(l)
                || WordClasses.AUXILIARIES.contains(l) || WordClasses.CLAUSE_BREAKS.contains(l) || WordClasses.NEGATIONS.contains(l)
                || WordClasses.BUYER_PRONOUNS.contains(l) || WordClasses.isSellerPronoun(tok) || WH.contains(l) || l.equals("or")
                || SECONDARY.contains(l)) {
            return false;
        }
        Verb.Found f = Verbs.find(l);
        return f == null || f.verb().nounLike() && f.form() == Verb.Form.BASE;
    }

    /** An approval named as a noun at k: "go-ahead", "approval", "green light", "thumbs up". */
    static boolean approvalAt(Sentence x, int k) {
        String l = x.low(k);
        return APPROVALS.contains(x.lemmas[k]) || l.equals("green") && x.low(k + 1).equals("light")
                || l.equals("thumbs") && x.low(k + 1).equals("up");
    }

    private CommitmentKind higher(CommitmentKind a, CommitmentKind b) {
        return a == null || ladder.rank(b) > ladder.rank(a) ? b : a;
    }

    /** A review, questionnaire, assessment or form in [from, to): a procurement step when a security or legal team does it. */
    boolean assessment(int from, int to) {
        for (int k = from; k < to; k++) {
            if (ASSESSMENTS.contains(x.lemmas[k]) && !x.covered[k]) {
                return true;
            }
        }
        return false;
    }

    private boolean isSellerVerb(int j, int e) {
        if (j >= e) {
            return false;
        }
        Verb.Found f = Verbs.find(t.get(j).lower());
        return f != null && f.form() == Verb.Form.BASE && (f.verb().role() == SELLER || f.verb().role() == NONCOMMIT);
    }

    /** A department word inside a longer role: "procurement" in "head of procurement" or "procurement lead". */
    private boolean inRole(int k, int e) {
        if (!WordClasses.DEPARTMENTS.contains(t.get(k).lower())) {
            return false;
        }
        int from = k;
        while (from > 0 && k - from < 3 && !t.get(from - 1).isPunct()
                && (WordClasses.isRoleModifier(t.get(from - 1)) || WordClasses.isRoleHead(t.get(from - 1))
                || t.get(from - 1).lower().equals("of"))) {
            from--;
        }
        People.Person p = people.at(from, e);
        return p != null && p.from() <= k && p.to() > k && p.to() - p.from() >= 2;
    }

    boolean vague(int s, int e) {
        for (int i = s; i < e; i++) {
            if (VAGUE.startsPhrase(x.lemmas[i])) {
                PhraseTable.Match<Boolean> m = VAGUE.match(x.lemmas, i);
                if (m != null && i + m.length() <= e && people.at(i, e) == null) {
                    return true; // "trust" is vague, "the trust board" is a role
                }
            }
        }
        return false;
    }
}
