package com.salescallplanner.domain.check;

import java.util.List;

/**
 * Finds people in a run of tokens and tells whose side they are on: "the CFO", "Dana Kim", "their IT lead",
 * "the VP of Operations", "they" are the buyer's; "we", "I", "our SE" are the seller's.
 */
final class People {
    enum Side { BUYER, SELLER }

    /** A person or role at tokens [from, to). */
    record Person(int from, int to, Side side) {
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("dr", "mr", "mrs", "ms", "prof", "sir");

    private final Sentence sentence;
    private final List<Token> t;
    private final String[] lemmas;
    /** Tokens of dates and events, which hold no people ("before the board meeting"). */
    private final boolean[] covered;

    People(Sentence sentence) {
        this.sentence = sentence;
        this.t = sentence.t;
        this.lemmas = sentence.lemmas;
        this.covered = sentence.covered;
    }

    /** The first person in [from, to), or null. */
    Person first(int from, int to) {
        for (int j = from; j < to; j++) {
            Person p = at(j, to);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The first buyer-side person in [from, to), or null. */
    Person firstBuyer(int from, int to) {
        for (int j = from; j < to; j++) {
            Person p = at(j, to);
            if (p != null) {
                if (p.side() == Side.BUYER) {
                    return p;
                }
                j = p.to() - 1;
            }
        }
        return null;
    }

    /** The person starting at j, or null when token j starts none. */
    Person at(int j, int limit) {
        Token tok = t.get(j);
        if (covered[j]) {
            return null;
        }
        if (WordClasses.isSellerPronoun(tok) || WordClasses.SELLER_ROLES.contains(tok.lower())) {
            return new Person(j, j + 1, Side.SELLER);
        }
        if (WordClasses.BUYER_PRONOUNS.contains(tok.lower())) {
            return new Person(j, j + 1, Side.BUYER);
        }
        if (sentence.name(j) && j > 0 && (sentence.name(j - 1) || TITLES.contains(t.get(j - 1).lower()))) {
            return null;
        }
        if (TITLES.contains(tok.lower())) {
            int n = j + 1 < limit && t.get(j + 1).lower().equals(".") ? j + 2 : j + 1;
            return n < limit && sentence.name(n) ? named(j, n, limit) : null;
        }
        if (sentence.name(j) && !(j == 0 && j + 1 < limit && isBaseVerb(t.get(j + 1)))) {
            return named(j, j, limit);
        }
        int head = headFrom(j, limit);
        if (head < 0) {
            return null;
        }
        int b = roleEnd(head, limit);
        if (!hasHead(j, b) || isThing(j, b) || modifiesNoun(b, limit)) {
            return null;
        }
        return new Person(j, b, possessedBySeller(j, b) ? Side.SELLER : Side.BUYER);
    }

    /** A person named by the capitalised words from n on, starting at j (a title, or n itself); null for a company. */
    private Person named(int j, int n, int limit) {
        int b = n + 1;
        while (b < limit && sentence.name(b)) {
            b++;
        }
        if (t.get(b - 1).lower().endsWith("'s") && b < limit && isRoleWord(t.get(b))) {
            b = roleEnd(b, limit);
        } else if (n == 0 && b < limit && isRoleWord(t.get(b)) && hasHead(b, roleEnd(b, limit))) {
            b = roleEnd(b, limit); // "Grid ops mgr", "Plant manager": a capitalised first word of a role
        } else if (WordClasses.COMPANY_ENDINGS.contains(t.get(b - 1).lower())) {
            return null;
        }
        return new Person(j, b, Side.BUYER);
    }

    /**
     * The first role head reached from j through the words that can modify it ("warehouse supervisor",
     * "medical affairs lead", "treasury head"), or -1. A role word itself counts as such a modifier.
     */
    private int headFrom(int j, int limit) {
        for (int k = j; k < limit && k < j + 4; k++) {
            Token x = t.get(k);
            if (WordClasses.isRoleHead(x) && !covered[k]) {
                return k;
            }
            boolean number = k > j && x.type() == Token.Type.NUMBER && !covered[k];
            if (!(WordClasses.isRoleModifier(x) || canModify(k) || number)) {
                return -1;
            }
        }
        return -1;
    }

    /** A word that can stand before a role head as part of it: a noun-like word, not a function word or a verb. */
    private boolean canModify(int k) {
        Token x = t.get(k);
        String l = x.lower();
        if (!x.isWord() || covered[k] || x.titleCase() || WordClasses.DETERMINERS.contains(l) || WordClasses.PREPOSITIONS.contains(l)
                || WordClasses.AUXILIARIES.contains(l) || WordClasses.CLAUSE_BREAKS.contains(l) || WordClasses.NOT_MODIFIERS.contains(l)
                || WordClasses.BUYER_PRONOUNS.contains(l) || WordClasses.isSellerPronoun(x) || DateWords.isDateWord(l)
                || WordClasses.NEGATIONS.contains(l) || l.endsWith("'s")) {
            return false;
        }
        Verb.Found f = Verbs.find(l);
        return f == null || f.verb().nounLike() && (k > 0 && f.form() == Verb.Form.BASE || f.form() == Verb.Form.THIRD);
    }

    /** The end of a role phrase starting at j: heads and modifiers ("VP Ops", "IT lead"), and "of claims" / "of IT". */
    private int roleEnd(int j, int limit) {
        int b = j;
        while (b < limit) {
            Token x = t.get(b);
            if (isRoleWord(x) && !covered[b]) {
                b++;
            } else if (x.lower().equals("of") && b + 2 < limit && b > j && t.get(b + 1).lower().equals("the")
                    && ofPart(b + 2) && WordClasses.isRoleHead(t.get(b - 1))) {
                b += 3; // "head of the trading desk"
                while (b < limit && b < j + 9 && ofPart(b)) {
                    b++;
                }
            } else if (x.lower().equals("of") && b + 1 < limit && b > j && ofPart(b + 1)) {
                b += 2;
                while (b < limit && b < j + 8 && ofPart(b)) {
                    b++;
                }
            } else {
                break;
            }
        }
        return b;
    }

    /** A word of the "of ..." part of a role: "of Operations", "of IT", "of claims", "of supply chain". */
    private boolean ofPart(int k) {
        Token x = t.get(k);
        if (covered[k] || !x.isWord()) {
            return false;
        }
        if (isRoleWord(x) || x.titleCase() && !DateWords.isDateWord(x.lower())) {
            return true;
        }
        if (canModify(k) && !KindCues.isCueWord(x.lemma())) {
            return true;
        }
        Verb.Found f = Verbs.find(x.lower());
        return f != null && f.form() == Verb.Form.THIRD && k + 1 < t.size() && isVerbOrAuxiliary(t.get(k + 1));
    }

    /** "claims" in "the head of claims introduces us" is a noun: a verb follows it. */
    private static boolean isVerbOrAuxiliary(Token x) {
        Verb.Found f = Verbs.find(x.lower());
        return f != null && f.form() != Verb.Form.BASE || WordClasses.AUXILIARIES.contains(x.lower())
                || WordClasses.NEGATIONS.contains(x.lower());
    }

    private boolean hasHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (WordClasses.isRoleHead(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A lone department that starts a longer keyword is a thing: "security review", "procurement process". */
    private boolean isThing(int from, int to) {
        if (to - from != 1 || !WordClasses.DEPARTMENTS.contains(t.get(from).lower())) {
            return false;
        }
        Verb.Found next = to < t.size() ? Verbs.find(t.get(to).lower()) : null;
        if (next != null && next.form() == Verb.Form.THIRD) {
            return false;
        }
        PhraseTable.Match<?> m = KindCues.TABLE.match(lemmas, from);
        return m != null && m.length() >= 2;
    }

    /** "customer list", "user data": the role word modifies a noun of a kind that follows it, and names nobody. */
    private boolean modifiesNoun(int b, int limit) {
        if (b >= limit || covered[b] || !t.get(b).isWord() || Verbs.find(t.get(b).lower()) != null
                || WordClasses.isSellerPronoun(t.get(b)) || WordClasses.BUYER_PRONOUNS.contains(t.get(b).lower())) {
            return false;
        }
        String l = t.get(b).lower();
        if (l.endsWith("ly") || l.endsWith("s") && !l.endsWith("ss") && !(b + 1 < limit && Verbs.find(t.get(b + 1).lower()) != null)) {
            return false; // "head of claims slots us in": a plural noun or a verb, and no verb follows it
        }
        PhraseTable.Match<?> m = KindCues.TABLE.match(lemmas, b);
        return m != null && m.value() != com.salescallplanner.domain.CommitmentKind.NONE;
    }

    private static boolean isBaseVerb(Token x) {
        Verb.Found f = Verbs.find(x.lower());
        return f != null && f.form() == Verb.Form.BASE;
    }

    private static boolean isRoleWord(Token x) {
        return WordClasses.isRoleHead(x) || WordClasses.isRoleModifier(x);
    }

    /** "our CEO", "my manager" are the seller's people; "our champion" is the buyer's. */
    private boolean possessedBySeller(int from, int to) {
        if (from == 0) {
            return false;
        }
        String before = t.get(from - 1).lower();
        if (!before.equals("our") && !before.equals("my")) {
            return false;
        }
        return !WordClasses.OUR_BUYER_HEADS.contains(t.get(to - 1).lemma());
    }

    /** The owner as the rep wrote it: "CFO", "VP of Operations", "Dana Kim"; "them" reads "they". */
    String owner(String text, Person p) {
        String s = text.substring(t.get(p.from()).start(), t.get(p.to() - 1).end());
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "them" -> "they";
            case "him" -> "he";
            default -> s;
        };
    }
}
