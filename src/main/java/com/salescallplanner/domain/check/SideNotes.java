package com.salescallplanner.domain.check;

import com.salescallplanner.domain.check.People.Person;

import java.util.List;
import java.util.Set;

/**
 * Clauses that look like a buyer commitment but say something else, told by who stands where in them:
 * a third party acts ("competitor came in 15% cheaper"), the rep notes how a call went ("great call, big
 * pain around ..."), a commitment comes from the seller's own people ("sign-off from our CFO"), a meeting
 * has only the seller's people in it ("book the kickoff with our PS team"), or the rep does their own
 * work that only becomes a joint step with a buyer-side person ("build the business case slide for Kwame").
 */
final class SideNotes {
    /** People outside the deal: what they do commits the buyer to nothing. */
    private static final Set<String> THIRD_PARTIES = Set.of("competitor", "competition", "incumbent", "rival");
    /** Words that open a note of how something went: "great call", "good meeting", "tough session". */
    private static final Set<String> EVALUATIVE = Set.of("great", "good", "productive", "positive", "solid", "bad",
            "tough", "awesome", "excellent", "nice", "useful", "helpful", "fruitful", "encouraging", "promising",
            "decent", "strong", "weak", "difficult", "long", "short", "quick", "brief", "friendly", "lively");
    /** The rep's own work, a commitment only when done with a buyer-side person: "map ... with the CFO". */
    private static final Set<String> JOINT_ONLY = Set.of("build", "map", "map out");
    /** Words after which a verbless note names a time, not the commitment: "gift ... after signature". */
    /** Headings of a note about the account rather than an objective. */
    private static final Set<String> NOTE_HEADINGS = Set.of("pain", "pains", "risk", "risks", "note", "notes", "fyi",
            "blocker", "blockers", "issue", "issues", "concern", "concerns", "context", "background", "status",
            "competition", "competitor", "objection", "objections", "insight", "learning", "learnings", "todo");
    private static final Set<String> TIME_AFTER = Set.of("after", "post", "following", "once");

    private final Sentence x;
    private final List<Token> t;
    private final People people;

    SideNotes(Sentence sentence, People people) {
        this.x = sentence;
        this.t = sentence.t;
        this.people = people;
    }

    /** The subject is a third party: a competitor, the incumbent. */
    boolean thirdParty(Person subject) {
        if (subject == null) {
            return false;
        }
        for (int k = subject.from(); k < subject.to(); k++) {
            if (THIRD_PARTIES.contains(x.lemmas[k])) {
                return true;
            }
        }
        return false;
    }

    /** A verbless note that opens with a third party: "competitor (Manhattan) also in the pilot". */
    boolean thirdPartyNote(int s, int e) {
        int k = s;
        while (k < e && (t.get(k).isPunct() || WordClasses.DETERMINERS.contains(t.get(k).lower()))) {
            k++;
        }
        return k < e && THIRD_PARTIES.contains(x.lemmas[k]);
    }

    /** A note headed "Pain:", "Risk:", "FYI:": what follows describes the account, nobody commits. */
    static boolean headedNote(Sentence x) {
        return x.size() > 2 && x.low(1).equals(":") && NOTE_HEADINGS.contains(x.low(0));
    }

    /** A clause that opens with a judgement of how something went: "great call, ...", "Good call, they're close". */
    boolean evaluation(int s, int e) {
        int k = s;
        while (k < e && (t.get(k).isPunct() || WordClasses.DETERMINERS.contains(t.get(k).lower()))) {
            k++;
        }
        return k + 1 < e && EVALUATIVE.contains(t.get(k).lower()) && !x.covered[k]
                && (KindCues.TABLE.match(x.lemmas, k + 1) != null || Verbs.find(t.get(k + 1).lower()) != null);
    }

    /** "from our CFO", "from my manager": what is obtained comes from the seller's side. */
    boolean fromSeller(int from, int e) {
        for (int k = from; k + 1 < e; k++) {
            if (t.get(k).lower().equals("from") && !x.covered[k]) {
                int j = k + 1;
                if ((x.low(j).equals("our") || x.low(j).equals("my")) && j + 1 < e) {
                    Person p = people.at(j + 1, e);
                    return p != null && p.side() == People.Side.SELLER || WordClasses.SELLER_ROLES.contains(x.low(j + 1));
                }
                Person p = people.at(j, e);
                return p != null && p.side() == People.Side.SELLER;
            }
        }
        return false;
    }

    /** A meeting "with our PS team", "with us" and nobody from the buyer in the clause: the seller meets itself. */
    boolean sellerOnly(int from, int e) {
        boolean seller = false;
        for (int j = from; j < e; j++) {
            Person p = people.at(j, e);
            if (p == null) {
                continue;
            }
            if (p.side() == People.Side.BUYER) {
                return false;
            }
            seller |= x.low(p.from() - 1).equals("with") || x.low(p.from() - 2).equals("with");
            j = p.to() - 1;
        }
        return seller;
    }

    /** The rep's own work that counts only as a joint step: "build the slide for Kwame" is not, "map it with Dana" is. */
    boolean ownWork(Action a, int e) {
        if (!JOINT_ONLY.contains(a.verb().action()) && !JOINT_ONLY.contains(a.verb().base())) {
            return false;
        }
        for (int k = a.index() + 1; k + 1 < e; k++) {
            if (t.get(k).lower().equals("with")) {
                int j = k + 1;
                while (j < e && WordClasses.DETERMINERS.contains(t.get(j).lower())) {
                    j++;
                }
                Person p = j < e ? people.at(j, e) : null;
                if (p != null && p.side() == People.Side.BUYER) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where a verbless note stops naming the commitment: at "after signature", "post go-live". */
    int noteEnd(int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (TIME_AFTER.contains(t.get(k).lower()) && !x.covered[k]) {
                return k;
            }
        }
        return e;
    }
}
