package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.check.People.Person;

import java.util.List;
import java.util.Set;

/**
 * The grammar of a clause that decides what it commits to: its subject, negation, passive voice and its
 * agent, a report of how things stand, a hedging modal, and where people stand in it (a recipient after
 * "to", someone met "with").
 */
final class ClauseShape {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets",
            "got", "'s");
    private static final Set<String> STATUS_WORDS = Set.of("well", "fine", "smoothly", "great", "badly", "ok",
            "okay", "poorly", "good", "fair", "quiet", "dark", "silent", "cold", "sideways", "stale", "live", "only",
            "quarterly", "monthly", "annually", "yearly", "rarely", "seldom", "usually", "normally", "typically",
            "always", "often");
    private static final Set<String> MODAL_HEDGES = Set.of("might", "may", "could", "maybe", "possibly", "perhaps");
    private static final Set<String> PROCUREMENT_TEAMS = Set.of("security", "infosec", "legal", "procurement",
            "purchasing", "compliance", "risk", "privacy", "gc", "counsel", "sourcing", "ciso", "dpo", "cso");
    private static final String[] PERSON_SUFFIXES = {"ist", "ian", "ant", "eer", "er", "or"};
    /** "runs 200 claims through our triage tool", "tests it on our platform": the buyer uses the seller's product. */
    private static final Set<String> OUR_PRODUCT_LEADS = Set.of("through", "on", "with", "against", "into", "in",
            "using", "via");
    private static final Set<String> DURATIONS = Set.of("day", "week", "month", "quarter", "year", "hour", "while",
            "minute", "weeks", "days", "months");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("they", "she", "he", "we", "i", "it");

    private final Sentence x;
    private final List<Token> t;
    private final People people;

    ClauseShape(Sentence sentence, People people) {
        this.x = sentence;
        this.t = sentence.t;
        this.people = people;
    }

    /**
     * The subject before the verb: the first person or role, else a noun phrase the buyer owns ("their lab
     * tests ..."), else null.
     */
    Person subject(int s, int v) {
        Person p = people.first(s, v);
        if (p != null) {
            return p;
        }
        for (int k = s; k < v - 1; k++) {
            String w = t.get(k).lower();
            if ((w.equals("their") || w.equals("his") || w.equals("her")) && !x.covered[k + 1] && t.get(k + 1).isWord()) {
                return new People.Person(k + 1, v, People.Side.BUYER);
            }
        }
        int k = v - 1;
        while (k >= s && (WordClasses.AUXILIARIES.contains(t.get(k).lower()) || WordClasses.NEGATIONS.contains(t.get(k).lower()))) {
            k--;
        }
        return k >= s && personNoun(k) ? new People.Person(k, k + 1, People.Side.BUYER) : null;
    }

    /** A word for a person the reader has no list entry for: "the receptionist", "the underwriter", "the pharmacist". */
    private boolean personNoun(int k) {
        Token tok = t.get(k);
        String l = tok.lemma();
        if (!tok.isWord() || tok.titleCase() || l.length() < 6 || x.covered[k] || Spelling.known(l)
                || KindCues.isCueWord(l) || Verbs.find(tok.lower()) != null) {
            return false;
        }
        for (String suffix : PERSON_SUFFIXES) {
            if (l.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Words before the verb that are not only articles and auxiliaries: a thing acts ("the pilot starts"). */
    boolean hasContent(int s, int v) {
        for (int k = s; k < v; k++) {
            Token tok = t.get(k);
            String l = tok.lower();
            if (tok.isWord() && !x.covered[k] && !WordClasses.DETERMINERS.contains(l) && !WordClasses.AUXILIARIES.contains(l)
                    && !l.equals("sure") && !l.equals("ensure") && !l.equals("make") && !l.equals("if")
                    && !WordClasses.NOT_NAMES.contains(l) && !WordClasses.NEGATIONS.contains(l) && !l.equals("still")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passive voice: a participle after "is", "was", "got" ("the PO is issued"), or a participle that a
     * thing or a note starts with, followed by "to", "with" or "by" ("proposal sent to the CFO", "Brochure
     * sent to ...", "SOW updated with the new milestones").
     */
    boolean passive(int s, int v, int e) {
        Verb.Found f = Verbs.find(t.get(v).lower());
        boolean participle = f != null ? f.form() == Verb.Form.PAST : t.get(v).lower().endsWith("ed");
        if (!participle) {
            return false;
        }
        for (int k = v - 1; k >= s; k--) {
            String w = t.get(k).lower();
            if (BE.contains(w)) {
                return true;
            }
            if (!WordClasses.AUXILIARIES.contains(w) && !WordClasses.NEGATIONS.contains(w) && !w.endsWith("ly")) {
                break;
            }
        }
        String next = x.low(v + 1);
        if (!next.equals("to") && !next.equals("with") && !next.equals("by")) {
            return false;
        }
        if (f != null && (f.verb().role() == Verb.Role.GENERIC || f.verb().fallback() == CommitmentKind.NEXT_MEETING
                || f.verb().action().equals("switch") || f.verb().role() == Verb.Role.HEDGE)) {
            return false;
        }
        Person subject = people.first(s, v);
        if (subject == null) {
            return true;
        }
        boolean noteStart = subject.from() == s && subject.to() - subject.from() == 1 && x.name(subject.from());
        return noteStart && (f == null || f.verb().role() == Verb.Role.SELLER);
    }

    /** The person after "by" in a passive clause ("signed by their COO"), or null. */
    Person agent(int v, int e) {
        for (int k = v + 1; k < e - 1; k++) {
            if (t.get(k).lower().equals("by") && !x.covered[k]) {
                int j = k + 1;
                while (j < e && WordClasses.DETERMINERS.contains(t.get(j).lower())) {
                    j++;
                }
                Person p = j < e ? people.at(j, e) : null;
                if (p != null) {
                    return p;
                }
                if (j > k + 1 && j < e && t.get(j - 1).lower().equals("their")) {
                    return new Person(j, j + 1, People.Side.BUYER);
                }
            }
        }
        return null;
    }

    /** A negation before the verb ("won't", "hasn't", "no one"), or "not" right after the action ("agrees not to"). */
    boolean negated(int s, int v, int action) {
        for (int k = s; k < v; k++) {
            if (!x.covered[k] && WordClasses.NEGATIONS.contains(t.get(k).lower())) {
                return true;
            }
        }
        String after = x.low(action + 1);
        return action < t.size() && (after.equals("not") || after.equals("never"));
    }

    /**
     * A report of how things stand, not a commitment: a thing "still running", "going well", "went quiet";
     * anyone "still evaluating"; "finance is reviewing it internally" (in progress, with no date).
     */
    boolean status(int s, int v, int e, ClauseReader.Actor actor) {
        if (v + 1 < e && STATUS_WORDS.contains(t.get(v + 1).lower()) && !x.covered[v + 1]
                && !x.low(v + 2).equals("for")) {
            return true;
        }
        for (int k = s; k < v; k++) {
            if (t.get(k).lower().equals("still")) {
                return true;
            }
        }
        Verb.Found f = Verbs.find(t.get(v).lower());
        if (f != null && f.verb().action().equals("take") && v + 2 < e && !x.covered[v + 1]
                && (t.get(v + 1).type() == Token.Type.NUMBER || WordClasses.DETERMINERS.contains(x.low(v + 1)))
                && DURATIONS.contains(x.lemmas[v + 2])) {
            return true; // "legal review on our side takes 2 weeks": how long, not a commitment
        }
        if (f != null && f.form() == Verb.Form.GERUND && v > s && BE.contains(t.get(v - 1).lower()) && !dated(s, e)
                && !(v > s + 1 && t.get(v - 2).lower().equals("will"))) {
            return true;
        }
        if (actor != ClauseReader.Actor.THING || f == null || f.form() != Verb.Form.GERUND) {
            return false;
        }
        for (int k = s; k < v; k++) {
            if (BE.contains(t.get(k).lower()) || t.get(k).lower().equals("to")) {
                return false;
            }
        }
        return true;
    }

    /** A date in [s, e). */
    private boolean dated(int s, int e) {
        for (int k = s; k < e; k++) {
            if (x.covered[k]) {
                return true;
            }
        }
        return false;
    }

    /** "might", "may", "could", "maybe" before the verb: the buyer has not committed. */
    boolean modalHedge(int s, int v) {
        for (int k = s; k < v; k++) {
            if (!x.covered[k] && MODAL_HEDGES.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "agrees how they'll score vendors", "agrees on which KPIs ...": an embedded question follows. */
    boolean whAfter(int i, int e) {
        String w = x.low(i).equals("on") || x.low(i).equals("upon") ? x.low(i + 1) : x.low(i);
        return i < e && (w.equals("how") || w.equals("which") || w.equals("what"));
    }

    /** "sent to us", "shared with us": a thing the buyer gives the seller. */
    boolean toUs(int from, int e) {
        for (int k = from; k + 1 < e; k++) {
            String l = t.get(k).lower();
            if ((l.equals("to") || l.equals("with")) && WordClasses.isSellerPronoun(t.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A noun phrase that goes to a buyer-side person: "Pricing deck to the VP Ops" is the seller sending it. */
    boolean goesToBuyer(int s, int e) {
        for (int k = s + 1; k < e - 1; k++) {
            if (t.get(k).lower().equals("to") && !x.covered[k]) {
                int j = k + 1;
                while (j < e && WordClasses.DETERMINERS.contains(t.get(j).lower())) {
                    j++;
                }
                Person p = j < e ? people.at(j, e) : null;
                if (p != null && p.side() == People.Side.BUYER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "introduce us ...", "send us ...": a note of what the buyer does for the seller. */
    boolean objectPronoun(int i, int e) {
        String next = x.low(i + 1);
        return i + 1 < e && (next.equals("us") || next.equals("me"));
    }

    /** "Reconfirm they have VPN tokens", "confirm that ...": the rep checks a fact, nobody commits. */
    boolean clauseObject(int i, int e) {
        String next = x.low(i + 1);
        if (i + 1 >= e) {
            return false;
        }
        if (next.equals("that") || next.equals("whether") || next.equals("if")) {
            return true;
        }
        return SUBJECT_PRONOUNS.contains(next) && i + 2 < e && (Verbs.find(x.low(i + 2)) != null
                || WordClasses.AUXILIARIES.contains(x.low(i + 2)));
    }

    /** "Book Dana for Tuesday", "set up time with the CFO": a meeting with someone, not a thing set up for them. */
    boolean meetsSomeone(int i, int e) {
        for (int j = i + 1; j < e; j++) {
            Person p = people.at(j, e);
            if (p != null && p.side() == People.Side.BUYER && !x.low(p.from() - 1).equals("for")) {
                return true;
            }
        }
        for (int j = i + 1; j < e; j++) {
            if (!x.covered[j] && t.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Another buyer-side person the buyer brings or meets, not a name in a place ("at the Hannover fair"). */
    boolean meetsAnother(int from, int e) {
        for (int j = from; j < e; j++) {
            Person p = people.at(j, e);
            if (p == null) {
                continue;
            }
            int k = p.from() - 1;
            while (k >= 0 && WordClasses.DETERMINERS.contains(t.get(k).lower())) {
                k--;
            }
            String before = k >= 0 ? t.get(k).lower() : "";
            if (p.side() == People.Side.BUYER && !before.equals("at") && !before.equals("in") && !before.equals("from")
                    && !before.equals("of") && !before.equals("on")) {
                return true;
            }
            j = p.to() - 1;
        }
        return false;
    }

    boolean procurementTeam(Person p) {
        for (int k = p.from(); k < p.to(); k++) {
            if (PROCUREMENT_TEAMS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The person receives something or is being introduced: "to the CFO", "introduce us to the CISO". */
    boolean recipient(Person p, CommitmentKind kind) {
        int k = p.from() - 1;
        while (k >= 0 && WordClasses.DETERMINERS.contains(t.get(k).lower())) {
            k--;
        }
        return k >= 0 && t.get(k).lower().equals("to");
    }

    /** The buyer acts on "our ..." (a product, a sample): "runs our scheduler", "tests our sample batch". */
    boolean ourProduct(int i, int e) {
        for (int k = i + 1; k < e - 1; k++) {
            if (k > i + 3 && !OUR_PRODUCT_LEADS.contains(x.low(k - 1))) {
                continue;
            }
            if (t.get(k).lower().equals("our") && !x.covered[k + 1]) {
                Person p = people.at(k + 1, e);
                return p == null;
            }
        }
        return false;
    }
}
