package com.salescallplanner.domain.check;

import static com.salescallplanner.domain.check.Verb.Role.*;

import com.salescallplanner.domain.check.ClauseReader.Actor;
import com.salescallplanner.domain.check.People.Person;

import java.util.List;
import java.util.Set;

/**
 * Follows a clause's verb to the action it commits to: particles ("follow up", "sign off"), chains ("agrees
 * to introduce"), hedges ("try to get", "push for a verbal"), permissions ("lets us sit in") and causatives
 * ("get the CFO at Acme to sign", "ask Anna to introduce us"), where the person named acts.
 */
final class ActionResolver {
    /** The seller's people after "let", "allow": the buyer permits the seller to act. */
    private static final Set<String> PERMITTED = Set.of("us", "me", "our");
    /** "is good for", "is free for", "is up for": the buyer makes time for what follows. */
    private static final Set<String> AVAILABLE = Set.of("good", "free", "available", "up", "ok", "okay", "down");

    private final Sentence x;
    private final List<Token> t;
    private final People people;

    ActionResolver(Sentence sentence, People people) {
        this.x = sentence;
        this.t = sentence.t;
        this.people = people;
    }

    Action resolve(int v, int e, Actor actor, Person subject) {
        Verb verb = withParticle(verbAt(v), v, e);
        int i = v;
        if (verb.action().equals("say") && (at(i + 1, e).equals("yes") || at(i + 1, e).equals("no"))) {
            verb = Verbs.find(at(i + 1, e).equals("yes") ? "agree" : "decline").verb();
        } else if (verb.action().equals("be") && AVAILABLE.contains(at(i + 1, e)) && at(i + 2, e).equals("for")) {
            verb = Verbs.find("agree").verb(); // "is good for a coffee", "is free for a call fri"
        } else if (verb.action().equals("provide") && approvalAhead(i + 1, e)) {
            verb = Verbs.find("approve").verb();
        }
        verb = booked(verb, i, e);
        boolean hedged = false;
        while (verb.role() == HEDGE && actor != Actor.BUYER && actor != Actor.THING) {
            hedged = true;
            if (at(i + 1, e).equals("to") && baseVerb(i + 2, e) != null) {
                i += 2;
                verb = withParticle(baseVerb(i, e), i, e);
            } else if (at(i + 1, e).equals("for") || at(i + 2, e).equals("for")) {
                return new Action(Verbs.find("secure").verb(), i, actor, subject, true, false);
            } else {
                return new Action(verb, i, actor, subject, true, false);
            }
        }
        if (at(i + 1, e).equals("to") && baseVerb(i + 2, e) != null && (verb.role() == GENERIC || verb.fallback() == null)
                && verb.role() != NONCOMMIT && verb.role() != CAUSE && verb.role() != REPORT && verb.role() != REFUSE) {
            i += 2;
            verb = withParticle(baseVerb(i, e), i, e);
        }
        Person permitted = verb.action().equals("let") && i + 1 < e ? people.at(i + 1, e) : null;
        if (permitted == null && verb.action().equals("let") && at(i + 1, e).equals("our") && i + 2 < e) {
            permitted = people.at(i + 2, e);
        }
        if (permitted != null && permitted.side() == People.Side.SELLER) {
            int j = permitted.to() + (at(permitted.to(), e).equals("to") ? 1 : 0);
            Verb next = baseVerb(j, e);
            if (next == null && unknownWord(j, e)) {
                // "lets us instrument one CNC machine", "lets us put trackers on 5 trucks": the seller works on site
                String lemma = WordClasses.deinflect(t.get(j).lower());
                next = new Verb(lemma, lemma, BUYER, com.salescallplanner.domain.CommitmentKind.EVALUATE, false, BUYER);
            }
            if (next != null) {
                return new Action(withParticle(next, j, e), j, actor, subject, hedged, false);
            }
        }
        if (verb.role() != CAUSE) {
            return new Action(verb, i, actor, subject, hedged, false);
        }
        return caused(verb, i, e, actor, subject, hedged);
    }

    /** "get the CFO to sign", "have procurement issue the PO", "ask Anna for an intro", "ask Bettina about ...". */
    private Action caused(Verb verb, int i, int e, Actor actor, Person subject, boolean hedged) {
        int k = i + 1;
        while (k < e && WordClasses.DETERMINERS.contains(t.get(k).lower())) {
            k++;
        }
        Person doer = k < e ? people.at(k, e) : null;
        if (doer != null) {
            int j = skipAffiliation(doer.to(), e);
            boolean to = at(j, e).equals("to");
            j += to ? 1 : 0;
            Verb next = baseVerb(j, e);
            if (next == null && to && unknownWord(j, e)) {
                String lemma = WordClasses.deinflect(t.get(j).lower()); // "get the lead to carve out 20 mins"
                next = new Verb(lemma, lemma, SELLER, null, false, SELLER);
            }
            if (next != null) {
                next = booked(next, j, e);
                Actor who = doer.side() == People.Side.BUYER ? Actor.BUYER : Actor.SELLER;
                return new Action(withParticle(next, j, e), j, who, doer, hedged, true);
            }
        }
        boolean askFor = verb.bare() == SELLER && doer != null && doer.side() == People.Side.BUYER
                && at(skipAffiliation(doer.to(), e), e).equals("for");
        if (doer != null && doer.side() == People.Side.SELLER) {
            return new Action(verb.withRole(SELLER), i, actor, subject, hedged, false); // "ask our deal desk for ..."
        }
        Verb.Role role = askFor ? BUYER : verb.bare();
        if (role == HEDGE && (at(i + 1, e).equals("for") || at(i + 2, e).equals("for"))) {
            return new Action(Verbs.find("secure").verb(), i, actor, subject, true, false);
        }
        Verb bare = verb.withRole(role);
        return new Action(withParticle(bare, i, e), i, actor, subject, hedged || role == HEDGE, false);
    }

    private static final Set<String> TIMES = Set.of("hour", "<duration>", "time", "slot", "morning", "afternoon",
            "day", "half", "<n>", "diary", "calendar", "minute", "min", "evening", "lunch", "session");

    /** "block" before time is "book": "blocks an hour", "blocks 30 mins for us"; other verbs stay. */
    private Verb booked(Verb verb, int i, int e) {
        return verb.base().equals("block") && timeAhead(i + 1, e) ? Verbs.find("book").verb() : verb;
    }

    /** A plain lower-case word no list knows: a verb nobody listed when it follows "to" or "lets us". */
    private boolean unknownWord(int j, int e) {
        if (j >= e) {
            return false;
        }
        Token tok = t.get(j);
        String l = tok.lower();
        return tok.isWord() && !tok.titleCase() && !tok.allCaps() && !x.covered[j] && Verbs.find(l) == null
                && !WordClasses.DETERMINERS.contains(l) && !WordClasses.PREPOSITIONS.contains(l)
                && !WordClasses.isRoleHead(tok) && !DateWords.isDateWord(l) && !WordClasses.NOT_NAMES.contains(l)
                && !WordClasses.AUXILIARIES.contains(l) && !WordClasses.NEGATIONS.contains(l) && !WordClasses.BUYER_PRONOUNS.contains(l)
                && !WordClasses.isSellerPronoun(tok);
    }

    /** "blocks an hour", "blocks 30 mins for us", "blocks time": blocking time books it. */
    private boolean timeAhead(int j, int e) {
        for (int k = j; k < e && k < j + 3; k++) {
            if (TIMES.contains(x.lemmas[k])) {
                return true;
            }
        }
        return false;
    }

    /** "gives the green light", "gives us the go-ahead": giving an approval is approving. */
    private boolean approvalAhead(int j, int e) {
        for (int k = j; k < e && k < j + 4; k++) {
            if (CueScanner.approvalAt(x, k)) {
                return true;
            }
        }
        return false;
    }

    /** Skips "at Orbital Software", "from Acme", "in procurement" after a person: where they work, not what they do. */
    int skipAffiliation(int j, int e) {
        String w = at(j, e);
        if ((w.equals("at") || w.equals("from") || w.equals("in") || w.equals("of")) && j + 1 < e) {
            int k = j + 1;
            while (k < e && (WordClasses.DETERMINERS.contains(t.get(k).lower()) && k == j + 1)) {
                k++;
            }
            int start = k;
            while (k < e && (x.name(k) || t.get(k).titleCase() || WordClasses.DEPARTMENTS.contains(t.get(k).lower()))
                    && !x.covered[k]) {
                k++;
            }
            if (k > start) {
                return k;
            }
        }
        return j;
    }

    Verb withParticle(Verb verb, int i, int e) {
        String next = at(i + 1, e);
        if (next.equals("it") || next.equals("them") || next.equals("us") || next.equals("this")) {
            next = at(i + 2, e);
        }
        Verb p = Verbs.particle(verb.base(), next);
        return p != null ? p : verb;
    }

    private Verb verbAt(int v) {
        Verb.Found f = Verbs.find(t.get(v).lower());
        if (f != null) {
            return f.verb();
        }
        String lemma = WordClasses.deinflect(t.get(v).lower());
        return new Verb(lemma, lemma, SELLER, null, false, SELLER);
    }

    private Verb baseVerb(int j, int e) {
        if (j >= e) {
            return null;
        }
        Verb.Found f = Verbs.find(t.get(j).lower());
        return f != null && f.form() == Verb.Form.BASE ? f.verb() : null;
    }

    private String at(int i, int e) {
        return i < e && i < t.size() ? t.get(i).lower() : "";
    }
}
