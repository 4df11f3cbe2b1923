package com.salescallplanner.domain.check;

/**
 * One word, number or punctuation mark of an objective.
 *
 * @param text  as typed
 * @param lower lower-cased, with typographic apostrophes made plain, shorthand expanded ("mgr" to "manager")
 *              and misspellings of known words corrected
 * @param lemma the dictionary form used by the keyword tables ("sends" to "send", "figures" to "figure")
 * @param start index of the first character in the objective's text
 * @param end   index after the last character
 */
record Token(String text, String lower, String lemma, int start, int end, Type type) {
    enum Type { WORD, NUMBER, ORDINAL, PUNCT }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    /** Starts with an upper-case letter and is not all capitals: "Anna", not "CFO" or "the". */
    boolean titleCase() {
        if (type != Type.WORD || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return text.length() == 1 && !text.equals("I");
    }

    boolean allCaps() {
        if (type != Type.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
