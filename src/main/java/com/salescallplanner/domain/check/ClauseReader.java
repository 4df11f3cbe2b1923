package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.check.Verb.Role.*;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.check.People.Person;

import java.util.List;

/**
 * Reads one clause: who acts (buyer, seller, an imperative the rep gives themself, a thing), what action,
 * whether it is negated, hedged, a report or in the passive, and from that whether it is a buyer
 * commitment, on which rung, and who owns it.
 */
final class ClauseReader {
    enum Actor { BUYER, SELLER, IMPERATIVE, THING, NOMINAL }

    private final Sentence x;
    private final List<Token> t;
    private final Clauses clauses;
    private final People people;
    private final CueScanner scanner;
    private final ActionResolver resolver;
    private final ClauseShape shape;
    private final CommitmentLadder ladder;
    private final SideNotes notes;

    ClauseReader(Sentence sentence, CommitmentLadder ladder) {
        this.x = sentence;
        this.t = sentence.t;
        this.clauses = new Clauses(sentence);
        this.people = new People(sentence);
        this.ladder = ladder;
        this.scanner = new CueScanner(sentence, people, ladder);
        this.resolver = new ActionResolver(sentence, people);
        this.shape = new ClauseShape(sentence, people);
        this.notes = new SideNotes(sentence, people);
    }

    Clauses clauses() {
        return clauses;
    }

    People people() {
        return people;
    }

    Clause read(int s, int e, Clause previous) {
        if (scanner.vague(s, e)) {
            return Clause.none(Actor.THING, null, "", ClauseFlags.VAGUE);
        }
        if (notes.evaluation(s, e)) {
            return Clause.none(Actor.THING, null, "", ClauseFlags.REPORTED);
        }
        int v = clauses.verb(s, e);
        int end = clauses.mainEnd(s, e, v);
        if (end < e) {
            e = end;
            v = clauses.verb(s, e);
        }
        if (v < 0) {
            return nominal(s, e);
        }
        Person subject = shape.subject(s, v);
        if (notes.thirdParty(subject)) {
            return Clause.none(Actor.THING, null, Verbs.orUnknown(t.get(v).lower()).action(), ClauseFlags.REPORTED);
        }
        Actor actor = subject != null ? (subject.side() == People.Side.BUYER ? Actor.BUYER : Actor.SELLER)
                : shape.hasContent(s, v) ? Actor.THING : Actor.IMPERATIVE;
        if (actor == Actor.IMPERATIVE && previous != null && previous.actor() != Actor.NOMINAL
                && previous.actor() != Actor.IMPERATIVE) {
            actor = previous.actor();
            subject = previous.subject();
        }
        boolean passive = shape.passive(s, v, e);
        if (passive) {
            Person agent = shape.agent(v, e);
            subject = agent;
            actor = agent == null ? Actor.THING : agent.side() == People.Side.BUYER ? Actor.BUYER : Actor.SELLER;
        }
        Action a = resolver.resolve(v, e, actor, subject);
        int flags = (passive ? ClauseFlags.PASSIVE : 0) | (a.hedged() ? ClauseFlags.HEDGED : 0)
                | (Verbs.find(t.get(v).lower()) == null ? ClauseFlags.UNKNOWN_VERB : 0);
        if (shape.negated(s, v, a.index()) || a.verb().role() == REFUSE || passive && a.verb().action().equals("push")) {
            return Clause.none(a.actor(), a.subject(), a.verb().action(), flags | ClauseFlags.NEGATED);
        }
        if (a.verb().role() == REPORT || shape.status(s, v, e, a.actor())) {
            return Clause.none(a.actor(), a.subject(), a.verb().action(), flags | ClauseFlags.REPORTED);
        }
        if ((a.actor() == Actor.BUYER || a.actor() == Actor.THING) && !a.caused() && shape.modalHedge(s, v)) {
            return Clause.none(a.actor(), a.subject(), a.verb().action(), flags | ClauseFlags.HEDGED);
        }
        CommitmentKind kind = kind(a, s, v, e, passive);
        if (kind == null) {
            return Clause.none(a.actor(), a.subject(), a.verb().action(), flags);
        }
        return new Clause(a.actor(), a.subject(), true, kind, owner(a, e, kind), a.verb().action(), flags);
    }

    /**
     * Who commits: the buyer-side subject, else the first buyer-side person after the action; for the rep's
     * "bring in the EB", "loop in legal" that person is the one being brought in, so the owner comes after.
     */
    private Person owner(Action a, int e, CommitmentKind kind) {
        if (a.actor() == Actor.BUYER) {
            return a.subject();
        }
        int from = a.index();
        if (a.actor() == Actor.IMPERATIVE && a.verb().fallback() == CommitmentKind.INTRODUCE_STAKEHOLDER) {
            Person target = people.first(a.index() + 1, e);
            from = target == null ? from : target.to();
        }
        return ownerAfter(from, e, kind);
    }

    /** A clause without a verb: "PO for 50 licences by the 30th", "intro to their CISO", "no pilot this quarter". */
    private Clause nominal(int s, int e) {
        e = notes.noteEnd(s, e);
        if (shape.negated(s, e, e)) {
            return Clause.none(Actor.NOMINAL, null, "", ClauseFlags.NEGATED);
        }
        CommitmentKind k = scanner.cues(s, e, s);
        if (k == null) {
            return Clause.none(Actor.NOMINAL, null, "", 0);
        }
        if (notes.fromSeller(s, e)) {
            return Clause.none(Actor.NOMINAL, null, "", 0);
        }
        if (notes.thirdPartyNote(s, e)) {
            return Clause.none(Actor.NOMINAL, null, "", ClauseFlags.REPORTED);
        }
        if (k != CommitmentKind.INTRODUCE_STAKEHOLDER && shape.goesToBuyer(s, e)) {
            return Clause.none(Actor.NOMINAL, null, "send", 0);
        }
        return new Clause(Actor.NOMINAL, null, true, k, ownerAfter(s, e, k), "", 0);
    }

    /** The kind of a buyer commitment, or null when the clause commits the buyer to nothing. */
    private CommitmentKind kind(Action a, int s, int v, int e, boolean passive) {
        Verb.Role role = a.verb().role();
        if (role == NONCOMMIT || role == HEDGE) {
            return null;
        }
        CommitmentKind pattern = ClauseShapes.kind(x, people, a, e);
        switch (a.actor()) {
            case BUYER:
                if (role == GENERIC && shape.whAfter(afterVerb(a), e) && DECIDING.contains(a.verb().action())) {
                    return CommitmentKind.AGREE_CRITERIA;
                }
                int from = passive ? s : v;
                int own = role == GENERIC ? afterVerb(a) : from;
                CommitmentKind k = higher(pattern, scanner.cues(from, e, a.index(), own));
                if (k == null && shape.ourProduct(a.index(), e)) {
                    k = CommitmentKind.EVALUATE;
                }
                return buyerKind(k, a, e);
            case THING:
                if (role == SELLER && !shape.toUs(a.index(), e) || role == CAUSE) {
                    return null;
                }
                return higher(pattern, scanner.cues(s, e, a.index()));
            case IMPERATIVE:
                if (notes.fromSeller(a.index(), e) || notes.ownWork(a, e)) {
                    return null;
                }
                if (pattern != null) {
                    return higher(pattern, scanner.cues(a.index() + 1, e, a.index()));
                }
                if (shape.objectPronoun(a.index(), e) && role == SELLER && a.verb().fallback() != null) {
                    CommitmentKind c = scanner.cues(a.index() + 1, e, a.index());
                    return c != null ? c : a.verb().fallback();
                }
                return obtained(a, e);
            default:
                if (ownerAfter(a.index() + 1, e, null) == null) {
                    return null;
                }
                return pattern != null && pattern != CommitmentKind.INTRODUCE_STAKEHOLDER ? pattern : obtained(a, e);
        }
    }

    private CommitmentKind higher(CommitmentKind a, CommitmentKind b) {
        return a == null ? b : b == null || ladder.rank(a) >= ladder.rank(b) ? a : b;
    }

    private static final java.util.Set<String> DECIDING = java.util.Set.of("agree", "align", "decide", "define");

    /** What the rep (or "we") obtains from the buyer: "get a meeting with the CIO", "book a call", "agree X with Y". */
    private CommitmentKind obtained(Action a, int e) {
        Verb.Role role = a.verb().role();
        if (role == SELLER || role == CAUSE || role == REPORT || role == REFUSE || role == NONCOMMIT || role == HEDGE
                || shape.clauseObject(a.index(), e)) {
            return null;
        }
        CommitmentKind c = scanner.cues(a.index(), e, a.index(), afterVerb(a));
        boolean meeting = role == BOOK || a.verb().fallback() == CommitmentKind.NEXT_MEETING;
        if ((meeting || c == CommitmentKind.NEXT_MEETING) && notes.sellerOnly(a.index() + 1, e)) {
            return null;
        }
        if (c == null && meeting && shape.meetsSomeone(a.index(), e)) {
            return CommitmentKind.NEXT_MEETING;
        }
        return c;
    }

    /** The first token after the action's verb and its particle ("sign off | the budget"). */
    private static int afterVerb(Action a) {
        return a.index() + (a.verb().base().indexOf(' ') > 0 ? 2 : 1);
    }

    /**
     * Readings that depend on who acts: a buyer who sets up a meeting with another of the buyer's people
     * introduces a stakeholder; the economic buyer taking part is the economic buyer brought in; a security,
     * legal or procurement team's questionnaire or review is a procurement step.
     */
    private CommitmentKind buyerKind(CommitmentKind k, Action a, int e) {
        Person s = a.subject();
        if (PriceAndProcess.teamStarts(a, k, s != null && shape.procurementTeam(s))) {
            return CommitmentKind.START_PROCUREMENT;
        }
        if ((k == null || k == CommitmentKind.EVALUATE || k == CommitmentKind.NEXT_MEETING)
                && a.verb().action().equals("bring") && bringsSomeone(a, e)) {
            return CommitmentKind.INTRODUCE_STAKEHOLDER; // "bring the shift leads to tuesday's workshop": the people count
        }
        if (k == CommitmentKind.PROPOSAL_REVIEW && PriceAndProcess.fixesPrice(x, a, e)) {
            return CommitmentKind.AGREE_TERMS;
        }
        if (s != null && (k == null || k == CommitmentKind.SHARE_INFORMATION) && shape.procurementTeam(s)
                && scanner.assessment(a.index(), e)) {
            return CommitmentKind.START_PROCUREMENT;
        }
        k = k != null ? k : a.verb().fallback();
        if (k == null) {
            return null;
        }
        if (k == CommitmentKind.NEXT_MEETING && s != null && shape.meetsAnother(a.index() + 1, e)) {
            k = CommitmentKind.INTRODUCE_STAKEHOLDER;
        }
        if (s != null && scanner.cues(s.from(), s.to(), s.to()) == CommitmentKind.MUTUAL_PLAN
                && ladder.rank(k) < ladder.rank(CommitmentKind.MUTUAL_PLAN)) {
            k = CommitmentKind.MUTUAL_PLAN;
        }
        return k;
    }

    /** The person right after the verb is brought: "brings the warehouse shift leads to ...". */
    private boolean bringsSomeone(Action a, int e) {
        int j = a.index() + 1;
        while (j < e && WordClasses.DETERMINERS.contains(t.get(j).lower())) {
            j++;
        }
        Person p = j < e ? people.at(j, e) : null;
        return p != null && p.side() == People.Side.BUYER;
    }

    /**
     * The buyer-side owner after position {@code from}: the person the commitment is from ("a verbal from the
     * CIO", "a meeting with Dana"). A person after "to" receives something or is being introduced, so is
     * not the owner ("intro to their CISO", "pricing to the VP").
     */
    Person ownerAfter(int from, int e, CommitmentKind kind) {
        for (int j = from; j < e; j++) {
            Person p = people.at(j, e);
            if (p == null) {
                continue;
            }
            if (p.side() == People.Side.BUYER && !shape.recipient(p, kind)) {
                return p;
            }
            j = p.to() - 1;
        }
        return null;
    }
}
