package com.salescallplanner.domain.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an objective into tokens in one pass. Joined forms stay one token: "follow-up", "3/1",
 * "2026-03-01", "Acme's", "T&Cs", "15th". A plain character loop, because it runs on every keystroke.
 * Each word's lower-case form is the word it stands for: shorthand is expanded ("mgr" to "manager") and
 * misspellings of known words corrected ("tommorow" to "tomorrow"); the typed text is kept as it was.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (joins(text, i, d)) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                if (i - s == 1 && (text.charAt(s) == 'w' || text.charAt(s) == 'W') && i < n && text.charAt(i) == '/') {
                    i++;
                } else if (i < n && text.charAt(i) == '.' && Shorthand.abbreviation(text.substring(s, i))) {
                    i++;
                }
                out.add(word(text, s, i));
            } else {
                if (!Character.isWhitespace(c)) {
                    String p = String.valueOf(c);
                    out.add(new Token(p, p, p, i, i + 1, Token.Type.PUNCT));
                }
                i++;
            }
        }
        return out;
    }

    /** A joiner inside a word: hyphen, slash, apostrophe or ampersand between letters or digits; a dot between digits. */
    private static boolean joins(String text, int i, char d) {
        if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        if (d == '.') {
            return Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
        }
        return d == '-' || d == '/' || d == '\'' || d == '\u2019' || d == '&';
    }

    private static Token word(String text, int s, int e) {
        String t = text.substring(s, e);
        char[] lc = new char[t.length()];
        for (int k = 0; k < lc.length; k++) {
            char ch = t.charAt(k);
            lc[k] = ch == '\u2019' ? '\'' : Character.toLowerCase(ch);
        }
        String typed = new String(lc);
        Token.Type type = typeOf(typed);
        String lower = Shorthand.expand(typed.endsWith(".") ? typed.substring(0, typed.length() - 1) : typed);
        if (lower.equals(typed) && !typed.endsWith(".") && type == Token.Type.WORD && Character.isLowerCase(t.charAt(0))) {
            lower = Spelling.correct(typed);
        }
        String lemma = type == Token.Type.WORD ? WordClasses.lemma(lower) : type == Token.Type.NUMBER && isCount(lower) ? "<n>" : lower;
        if (type == Token.Type.WORD && (lower.endsWith("ed") || lower.endsWith("ing")) && Verbs.find(lower) == null
                && !KindCues.isCueWord(lemma) && !Spelling.known(lower)) {
            lemma = keywordStem(lower, lemma);
        }
        return new Token(t, lower, lemma, s, e, type);
    }

    /** "redlined" and "redlining" are forms of the keyword "redline", though no verb list has it. */
    private static String keywordStem(String lower, String lemma) {
        String stem = lower.substring(0, lower.length() - (lower.endsWith("ed") ? 2 : 3));
        for (String s : new String[] {stem, stem + "e"}) {
            if (s.length() > 2 && KindCues.isCueWord(s)) {
                return s;
            }
        }
        return lemma;
    }

    private static boolean isCount(String lower) {
        return lower.length() <= 3 && lower.chars().allMatch(Character::isDigit);
    }

    private static Token.Type typeOf(String lower) {
        if (!Character.isDigit(lower.charAt(0))) {
            return Token.Type.WORD;
        }
        int k = 0;
        while (k < lower.length() && Character.isDigit(lower.charAt(k))) {
            k++;
        }
        if (k <= 2 && k + 2 == lower.length()) {
            String suffix = lower.substring(k);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                return Token.Type.ORDINAL;
            }
        }
        for (int j = k; j < lower.length(); j++) {
            char ch = lower.charAt(j);
            if (!Character.isDigit(ch) && ch != '/' && ch != '-' && ch != '.') {
                return Token.Type.WORD;
            }
        }
        return Token.Type.NUMBER;
    }
}
