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

    private final List<Token> t;
    private final String[] lemmas;
    private final boolean[] covered;

    /** @param covered tokens of dates and events, which hold no people ("before the board meeting") */
    People(List<Token> tokens, String[] lemmas, boolean[] covered) {
        this.t = tokens;
        this.lemmas = lemmas;
        this.covered = covered;
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

    /** The person starting at j (after any modifiers), or null when token j starts none. */
    Person at(int j, int limit) {
        Token tok = t.get(j);
        if (covered[j]) {
            return null;
        }
        if (Words.isSellerPronoun(tok) || Words.SELLER_ROLES.contains(tok.lower())) {
            return new Person(j, j + 1, Side.SELLER);
        }
        if (Words.BUYER_PRONOUNS.contains(tok.lower())) {
            return new Person(j, j + 1, Side.BUYER);
        }
        if (Words.isName(tok) && !(j == 0 && j + 1 < limit && isBaseVerb(t.get(j + 1)))) {
            int b = j + 1;
            while (b < limit && Words.isName(t.get(b))) {
                b++;
            }
            if (t.get(b - 1).lower().endsWith("'s") && b < limit && isRoleWord(t.get(b))) {
                b = roleEnd(b, limit);
            }
            return new Person(j, b, Side.BUYER);
        }
        if (!Words.isRoleHead(tok) && !Words.isRoleModifier(tok)) {
            return null;
        }
        int b = roleEnd(j, limit);
        if (!hasHead(j, b) || isThing(j, b)) {
            return null;
        }
        return new Person(j, b, possessedBySeller(j, b) ? Side.SELLER : Side.BUYER);
    }

    /** The end of a role phrase starting at j: modifiers, heads, and "of Operations" / "of IT". */
    private int roleEnd(int j, int limit) {
        int b = j;
        while (b < limit) {
            Token x = t.get(b);
            if (isRoleWord(x)) {
                b++;
            } else if (x.lower().equals("of") && b + 1 < limit && b > j
                    && (isRoleWord(t.get(b + 1)) || t.get(b + 1).titleCase())) {
                b += 2;
                while (b < limit && t.get(b).titleCase() && !DateWords.isDateWord(t.get(b).lower())) {
                    b++;
                }
            } else {
                break;
            }
        }
        return b;
    }

    private boolean hasHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.isRoleHead(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A lone department that starts a longer keyword is a thing: "security review", "procurement process". */
    private boolean isThing(int from, int to) {
        if (to - from != 1 || !Words.DEPARTMENTS.contains(t.get(from).lower())) {
            return false;
        }
        Verb.Found next = to < t.size() ? Verbs.find(t.get(to).lower()) : null;
        if (next != null && next.form() == Verb.Form.THIRD) {
            return false;
        }
        PhraseTable.Match<?> m = KindCues.TABLE.match(lemmas, from);
        return m != null && m.length() >= 2;
    }

    private static boolean isBaseVerb(Token x) {
        Verb.Found f = Verbs.find(x.lower());
        return f != null && f.form() == Verb.Form.BASE;
    }

    private static boolean isRoleWord(Token x) {
        return Words.isRoleHead(x) || Words.isRoleModifier(x);
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
        return !Words.OUR_BUYER_HEADS.contains(t.get(to - 1).lemma());
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
