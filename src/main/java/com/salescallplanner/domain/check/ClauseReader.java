package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.check.Verb.Role.*;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.check.People.Person;

import java.util.List;

/**
 * Reads one clause: who acts (buyer, seller, an imperative the rep gives themself, a thing), whether
 * that is a buyer commitment, on which rung, and who owns it.
 */
final class ClauseReader {
    enum Actor { BUYER, SELLER, IMPERATIVE, THING, NOMINAL }

    /**
     * @param subject the acting person, kept so that "... and confirms the budget" inherits it
     * @param owner   the buyer-side person who commits, or null
     */
    record Clause(Actor actor, Person subject, boolean buyerAction, CommitmentKind kind, Person owner) {
    }

    private record Action(Verb verb, int index, Actor actor, Person subject) {
    }

    private final List<Token> t;
    private final String[] lemmas;
    private final boolean[] covered;
    private final Clauses clauses;
    private final People people;
    private final CommitmentLadder ladder;
    private final CueScanner scanner;

    ClauseReader(List<Token> t, String[] lemmas, boolean[] covered, CommitmentLadder ladder) {
        this.t = t;
        this.lemmas = lemmas;
        this.covered = covered;
        this.clauses = new Clauses(t, lemmas, covered);
        this.people = new People(t, lemmas, covered);
        this.ladder = ladder;
        this.scanner = new CueScanner(t, lemmas, covered, people, ladder);
    }

    Clauses clauses() {
        return clauses;
    }

    People people() {
        return people;
    }

    Clause read(int s, int e, Clause previous) {
        if (scanner.vague(s, e)) {
            return new Clause(Actor.THING, null, false, CommitmentKind.NONE, null);
        }
        int v = clauses.verb(s, e);
        if (v < 0) {
            CommitmentKind k = scanner.cues(s, e, s);
            return new Clause(Actor.NOMINAL, null, k != null, orNone(k), k != null ? people.firstBuyer(s, e) : null);
        }
        Person subject = people.first(s, v);
        Actor actor = subject != null ? (subject.side() == People.Side.BUYER ? Actor.BUYER : Actor.SELLER)
                : hasContent(s, v) ? Actor.THING : Actor.IMPERATIVE;
        if (actor == Actor.IMPERATIVE && previous != null && previous.actor() != Actor.NOMINAL) {
            actor = previous.actor();
            subject = previous.subject();
        }
        Action a = resolve(v, e, actor, subject);
        CommitmentKind kind = kind(a, s, v, e);
        Person owner = null;
        if (kind != null) {
            owner = a.actor() == Actor.BUYER ? a.subject() : people.firstBuyer(a.index(), e);
        }
        return new Clause(a.actor(), a.subject(), kind != null, orNone(kind), owner);
    }

    /** The kind of a buyer commitment, or null when the clause commits the buyer to nothing. */
    private CommitmentKind kind(Action a, int s, int v, int e) {
        Verb.Role role = a.verb().role();
        if (role == NONCOMMIT) {
            return null;
        }
        switch (a.actor()) {
            case BUYER:
                CommitmentKind k = scanner.cues(v, e, a.index());
                return buyerKind(k != null ? k : a.verb().fallback(), a, e);
            case THING:
                if (role == SELLER && !toUs(a.index(), e)) {
                    return null;
                }
                return scanner.cues(s, e, a.index());
            default:
                if (role == SELLER || role == CAUSE) {
                    return null;
                }
                CommitmentKind c = scanner.cues(v, e, a.index());
                return c == null && role == BOOK ? CommitmentKind.NEXT_MEETING : c;
        }
    }

    /**
     * Two readings that depend on who acts: a buyer who sets up a meeting with another of the buyer's
     * people introduces a stakeholder; the economic buyer taking part is the economic buyer brought in.
     */
    private CommitmentKind buyerKind(CommitmentKind k, Action a, int e) {
        if (k == null) {
            return null;
        }
        if (k == CommitmentKind.NEXT_MEETING && a.subject() != null && people.firstBuyer(a.index() + 1, e) != null) {
            k = CommitmentKind.INTRODUCE_STAKEHOLDER;
        }
        Person s = a.subject();
        if (s != null && scanner.cues(s.from(), s.to(), s.to()) == CommitmentKind.MUTUAL_PLAN
                && ladder.rank(k) < ladder.rank(CommitmentKind.MUTUAL_PLAN)) {
            k = CommitmentKind.MUTUAL_PLAN;
        }
        return k;
    }

    /** Follows particles ("follow up"), "agrees to introduce", and "get the CFO to sign" to the real action. */
    private Action resolve(int v, int e, Actor actor, Person subject) {
        Verb verb = withParticle(Verbs.orUnknown(t.get(v).lower()), v, e);
        int i = v;
        if (at(i + 1, e).equals("to") && baseVerb(i + 2, e) != null && (verb.role() == GENERIC || verb.fallback() == null)
                && verb.role() != NONCOMMIT && verb.role() != CAUSE) {
            i += 2;
            verb = withParticle(baseVerb(i, e), i, e);
        }
        if (verb.role() != CAUSE) {
            return new Action(verb, i, actor, subject);
        }
        int k = i + 1;
        while (k < e && Words.DETERMINERS.contains(t.get(k).lower())) {
            k++;
        }
        Person doer = k < e ? people.at(k, e) : null;
        if (doer != null) {
            int j = doer.to() + (at(doer.to(), e).equals("to") ? 1 : 0);
            Verb next = baseVerb(j, e);
            if (next != null) {
                Actor who = doer.side() == People.Side.BUYER ? Actor.BUYER : Actor.SELLER;
                return new Action(withParticle(next, j, e), j, who, doer);
            }
        }
        Verb.Role role = doer != null && at(doer.to(), e).equals("for") ? BUYER : verb.bare();
        Verb bare = new Verb(verb.base(), role, null, false, role);
        return new Action(withParticle(bare, i, e), i, actor, subject);
    }

    private Verb withParticle(Verb verb, int i, int e) {
        String next = at(i + 1, e);
        if (next.equals("it") || next.equals("them") || next.equals("us") || next.equals("this")) {
            next = at(i + 2, e);
        }
        Verb p = Verbs.particle(verb.base(), next);
        return p != null ? p : verb;
    }

    private Verb baseVerb(int j, int e) {
        if (j >= e) {
            return null;
        }
        Verb.Found f = Verbs.find(t.get(j).lower());
        return f != null && f.form() == Verb.Form.BASE ? f.verb() : null;
    }

    /** "sent to us", "shared with us": a thing the buyer gives the seller. */
    private boolean toUs(int from, int e) {
        for (int k = from; k + 1 < e; k++) {
            String l = t.get(k).lower();
            if ((l.equals("to") || l.equals("with")) && Words.isSellerPronoun(t.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasContent(int s, int v) {
        for (int k = s; k < v; k++) {
            Token tok = t.get(k);
            String l = tok.lower();
            if (tok.isWord() && !covered[k] && !Words.DETERMINERS.contains(l) && !Words.AUXILIARIES.contains(l)
                    && !l.equals("sure") && !l.equals("ensure") && !l.equals("make") && !l.equals("if")
                    && !Words.NOT_NAMES.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private String at(int i, int e) {
        return i < e && i < t.size() ? t.get(i).lower() : "";
    }

    private static CommitmentKind orNone(CommitmentKind k) {
        return k == null ? CommitmentKind.NONE : k;
    }
}
