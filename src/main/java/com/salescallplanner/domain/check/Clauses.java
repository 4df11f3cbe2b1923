package com.salescallplanner.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an objective into clauses at "and", "then", "but", ";" and sentence ends, finds each clause's
 * verb, and cuts off a condition ("... until the budget is released"). A fragment without a verb
 * ("Anna and ...", "... and the volumes") joins its neighbour.
 */
final class Clauses {
    /** Words that start a condition or a time clause: what follows is not the commitment. */
    private static final Set<String> SUBORDINATORS = Set.of("until", "unless", "once", "because", "since",
            "whenever", "if", "when", "after", "before", "till", "til", "as", "though", "although");

    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "must", "gonna");

    /** Words after a noun-like verb that make it a noun: "pilot still running". */
    private static final Set<String> NOT_OBJECTS = Set.of("still", "already", "now", "so", "currently", "going",
            "is", "was", "has", "went");

    /** Words after a past form that leave it the verb: "load test slipped again". */
    private static final Set<String> AFTER_PAST = Set.of("again", "already", "yesterday", "today", "last", "back",
            "out", "off", "through", "over", "twice", "once", "indefinitely", "completely");

    private final Sentence x;
    private final List<Token> t;

    Clauses(Sentence sentence) {
        this.x = sentence;
        this.t = sentence.t;
    }

    /** Token ranges {from, to} of the clauses, in order. */
    List<int[]> split() {
        List<int[]> out = new ArrayList<>(3);
        int pending = -1;
        int s = 0;
        int n = t.size();
        for (int i = 0; i <= n; i++) {
            if (i < n && !WordClasses.CLAUSE_BREAKS.contains(t.get(i).lower())) {
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

    /**
     * Where the main clause of [s, e) ends: at a subordinate clause with a verb of its own ("no PO until
     * the budget is released", "shares the export once the pilot wraps up"), else e. A "when" or "if"
     * right after the verb is an embedded question ("confirms when they sign") and stays.
     */
    int mainEnd(int s, int e, int v) {
        for (int k = s + 1; k < e - 1; k++) {
            String w = t.get(k).lower();
            if (!SUBORDINATORS.contains(w) || x.covered[k] || k == v + 1
                    || k == v + 2 && WordClasses.BUYER_PRONOUNS.contains(x.low(v + 1))) {
                continue;
            }
            if (w.equals("as") && !x.low(k + 1).equals("soon")) {
                continue;
            }
            int sub = verb(k + 1, e);
            if (sub >= 0 && (v < 0 || k > v)) {
                return k;
            }
        }
        return e;
    }

    /** The index of the clause's verb in [s, e), or -1 when the clause has none (a noun phrase). */
    int verb(int s, int e) {
        boolean subjectEmpty = true;
        for (int j = s; j < e; j++) {
            Token tok = t.get(j);
            String l = tok.lower();
            if (tok.isPunct() || x.covered[j] || WordClasses.AUXILIARIES.contains(l) || WordClasses.NEGATIONS.contains(l)
                    || l.equals("ensure") || l.equals("still")) {
                continue;
            }
            if (l.equals("make") && j + 1 < e && t.get(j + 1).lower().equals("sure")) {
                j++;
                continue;
            }
            Verb.Found f = Verbs.find(l);
            if (f != null && insideRole(j, e)) {
                subjectEmpty = false;
                continue;
            }
            if (f != null && (f.verb().base().equals("get") || f.verb().base().equals("have")) && participleAhead(j + 1, e)) {
                continue;
            }
            boolean verb = f != null ? isVerbHere(f, j, e, subjectEmpty)
                    : subjectEmpty ? isUnknownImperative(j, e) || isKeywordImperative(j, e) : isUnknownVerb(j, e);
            if (verb) {
                return j;
            }
            if (!WordClasses.DETERMINERS.contains(l)) {
                subjectEmpty = false;
            }
        }
        return copula(s, e);
    }

    /** "Supply" in "VP Supply Chain commits": a word of a role between two others is not the verb. */
    private boolean insideRole(int j, int e) {
        return j > 0 && j + 1 < e && WordClasses.isRoleModifier(t.get(j))
                && (WordClasses.isRoleHead(t.get(j - 1)) || WordClasses.isRoleModifier(t.get(j - 1)))
                && (WordClasses.isRoleHead(t.get(j + 1)) || WordClasses.isRoleModifier(t.get(j + 1)));
    }

    /** "the CMO is happy with the demo", "pilot is live": a clause whose only verb is "is" states how things are. */
    private int copula(int s, int e) {
        for (int j = s + 1; j < e; j++) {
            String l = t.get(j).lower();
            if (!x.covered[j] && (l.equals("is") || l.equals("are") || l.equals("was") || l.equals("were"))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * An unknown word opening a clause and followed by "the", "a", "our", "they"... is taken for the rep's own
     * imperative ("Revise the proposal", "Reconfirm they have ..."): names are followed by verbs, not articles.
     * A tagger that calls it a verb settles it too.
     */
    private boolean isUnknownImperative(int j, int e) {
        Token tok = t.get(j);
        if (!tok.isWord() || j + 1 >= e || !plainWord(j) || j > 0 && WordClasses.DETERMINERS.contains(t.get(j - 1).lower())) {
            return false;
        }
        String next = t.get(j + 1).lower();
        boolean objectFollows = WordClasses.DETERMINERS.contains(next) || WordClasses.BUYER_PRONOUNS.contains(next)
                || next.equals("us") || next.equals("that") || next.equals("whether");
        return objectFollows && !x.name(j) || x.taggedVerb(j) && !tok.titleCase();
    }

    /**
     * A keyword noun opening a note and followed by an article is the rep's verb: "price the 3-year option",
     * "scope the pilot", "quote the extra sites". Nouns are not followed by "the".
     */
    private boolean isKeywordImperative(int j, int e) {
        Token tok = t.get(j);
        if (!tok.isWord() || j + 1 >= e || tok.titleCase() || tok.allCaps() || x.covered[j]
                || !KindCues.isCueWord(tok.lemma()) || WordClasses.isRoleHead(tok) || DateWords.isDateWord(tok.lower())
                || j > 0 && !WordClasses.CLAUSE_BREAKS.contains(t.get(j - 1).lower())) {
            return false;
        }
        String next = t.get(j + 1).lower();
        PhraseTable.Match<?> m = KindCues.TABLE.match(x.lemmas, j);
        return (next.equals("the") || next.equals("a") || next.equals("an") || next.equals("our"))
                && (m == null || m.length() == 1);
    }

    /**
     * An unknown word after a subject: a verb when it has a verb's ending and an object follows ("cleans the
     * data", "audits our ...") or it follows a person ("the fleet director rides along"), a base form between
     * people and an object ("the plant engineers calibrate our gauges"), a word after "will" or "can", or a
     * participle before "to"/"with"/"by" ("... emailed to purchasing"). A tagger may add a verb the endings
     * miss (an inflected form it calls a verb), never remove one.
     */
    private boolean isUnknownVerb(int j, int e) {
        if (!t.get(j).isWord() || !plainWord(j) || x.name(j) || WordClasses.isRoleHead(t.get(j))) {
            return false;
        }
        String l = t.get(j).lower();
        String next = j + 1 < e ? t.get(j + 1).lower() : "";
        boolean third = l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is");
        boolean past = l.length() > 4 && l.endsWith("ed");
        boolean objectFollows = WordClasses.DETERMINERS.contains(next) || next.equals("us") || next.equals("them")
                || WordClasses.BUYER_PRONOUNS.contains(next);
        Token prev = j > 0 ? t.get(j - 1) : null;
        boolean afterPerson = prev != null && (WordClasses.isRoleHead(prev) || x.name(j - 1)
                || WordClasses.BUYER_PRONOUNS.contains(prev.lower()));
        boolean afterPlural = prev != null && (prev.lower().equals("they") || WordClasses.isRoleHead(prev)
                && !prev.lower().equals(prev.lemma()));
        boolean afterModal = prev != null && MODALS.contains(prev.lower());
        boolean afterAuxiliary = prev != null && WordClasses.AUXILIARIES.contains(prev.lower());
        return (third || past) && (objectFollows || afterPerson && third) || afterPlural && objectFollows
                || afterModal || past && (next.equals("to") || next.equals("with") || next.equals("by"))
                || x.taggedVerb(j) && (third || past || afterPerson || afterAuxiliary);
    }

    /** Not a function word, role, date, keyword of a kind or pronoun: a word that could be a verb nobody listed. */
    private boolean plainWord(int j) {
        Token tok = t.get(j);
        String l = tok.lower();
        return !WordClasses.NOT_NAMES.contains(l) && !WordClasses.PREPOSITIONS.contains(l) && !WordClasses.isRoleHead(tok)
                && !WordClasses.isRoleModifier(tok) && !DateWords.isDateWord(l) && !KindCues.isCueWord(tok.lemma())
                && !WordClasses.BUYER_PRONOUNS.contains(l) && !WordClasses.isSellerPronoun(tok) && !l.endsWith("'s")
                && !WordClasses.DETERMINERS.contains(l) && !WordClasses.CLAUSE_BREAKS.contains(l) && !WordClasses.NOT_MODIFIERS.contains(l);
    }

    /**
     * Whether a verb form is used as the verb here. With nothing before it, only the base form is (an
     * imperative: "Send ...", not "Signed contract ..."), or a third-person form right after "and" (the
     * same subject goes on: "... and shares it by Tuesday"), and a noun-like verb followed by a preposition or
     * starting a compound is a noun ("Call with Anna", "Purchase order"). After a subject, a noun-like verb
     * must follow the subject's last word ("The CFO signs", not "Two reference calls"), unless it is a
     * participle before "to", "with" or "by" ("SOW updated with the new milestones"); so must a base form
     * ("they agree", "their architects run", not "connection request sent"). A third-person form followed
     * by another verb is a plural noun ("the head of claims introduces").
     */
    private boolean isVerbHere(Verb.Found f, int j, int e, boolean subjectEmpty) {
        if (subjectEmpty) {
            if (f.form() == Verb.Form.THIRD && j > 0 && WordClasses.CLAUSE_BREAKS.contains(t.get(j - 1).lower())
                    && !f.verb().nounLike()) {
                return true;
            }
            if (f.form() != Verb.Form.BASE) {
                return false;
            }
            if (!f.verb().nounLike()) {
                return true;
            }
            if (j + 1 < e && Verbs.particle(f.verb().base(), t.get(j + 1).lower()) != null) {
                return true;
            }
            if (j + 1 >= e || WordClasses.PREPOSITIONS.contains(t.get(j + 1).lower()) || t.get(j + 1).isPunct()
                    || NOT_OBJECTS.contains(t.get(j + 1).lower()) || inflected(j + 1) || knownNoun(j + 1)) {
                return false;
            }
            PhraseTable.Match<?> compound = KindCues.TABLE.match(x.lemmas, j);
            return compound == null || compound.length() < 2 || WordClasses.DETERMINERS.contains(t.get(j + 1).lower());
        }
        if (f.form() == Verb.Form.THIRD && j + 1 < e && inflected(j + 1)) {
            return false;
        }
        if (!f.verb().nounLike() && f.form() != Verb.Form.BASE) {
            return true;
        }
        if (f.form() == Verb.Form.PAST && Set.of("to", "with", "by", "for").contains(x.low(j + 1))) {
            return true;
        }
        if (f.form() == Verb.Form.PAST && (j + 1 >= e || t.get(j + 1).isPunct() || x.covered[j + 1]
                || AFTER_PAST.contains(x.low(j + 1)))) {
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
        boolean plural = !f.verb().nounLike() && prev.lower().length() > 3 && prev.lower().endsWith("s")
                && !prev.lower().endsWith("ss") && Verbs.find(prev.lower()) == null;
        return WordClasses.AUXILIARIES.contains(prev.lower()) || WordClasses.NEGATIONS.contains(prev.lower())
                || WordClasses.isRoleHead(prev) || x.name(k) || WordClasses.BUYER_PRONOUNS.contains(prev.lower())
                || WordClasses.isSellerPronoun(prev) || WordClasses.SELLER_ROLES.contains(prev.lower()) || plural;
    }

    /** A participle after "has", "got", perhaps after "already", "just", "not": "has already declined". */
    private boolean participleAhead(int k, int e) {
        while (k < e && (t.get(k).lower().equals("already") || t.get(k).lower().equals("just")
                || t.get(k).lower().equals("not") || t.get(k).lower().equals("been"))) {
            k++;
        }
        return k < e && participle(k);
    }

    /** "kickoff" in "Pilot kickoff w/ plant team": a noun the reader knows makes the word before it a modifier. */
    private boolean knownNoun(int k) {
        Token tok = t.get(k);
        return Verbs.find(tok.lower()) == null && !WordClasses.DETERMINERS.contains(tok.lower())
                && (KindCues.TABLE.match(x.lemmas, k) != null || DateWords.EVENTS.match(x.lemmas, k) != null);
    }

    /** A past participle: "pushed" in "got pushed". */
    private boolean participle(int k) {
        Verb.Found f = Verbs.find(t.get(k).lower());
        return f != null ? f.form() == Verb.Form.PAST : t.get(k).lower().endsWith("ed") && t.get(k).isWord();
    }

    /** A verb form other than the base, or an auxiliary: "claims" in "head of claims introduces" is then a noun. */
    private boolean inflected(int k) {
        Verb.Found f = Verbs.find(t.get(k).lower());
        String l = t.get(k).lower();
        return f != null && f.form() != Verb.Form.BASE || WordClasses.AUXILIARIES.contains(l) && !l.equals("to")
                && !l.equals("together") || WordClasses.NEGATIONS.contains(l) && !l.equals("no");
    }
}
