package com.salescallplanner.domain.crm;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a money amount as CRMs and spreadsheets write it: "$12,500.00", "12.500,00 €",
 * "EUR 1 200", "1'250.50", "12500". The currency is dropped (a prospect's amount has none).
 *
 * <p>Which of '.' and ',' is the decimal mark: when both occur, the last one; when one occurs
 * several times, it groups thousands; when one occurs once followed by exactly three digits, it
 * groups thousands too ("12,500" and "12.500" are both twelve thousand five hundred), since CRM
 * amounts rarely carry three decimals.
 */
public final class AmountParser {
    /** Optional sign and currency around digits that may be grouped by blanks or apostrophes. */
    private static final Pattern FORM = Pattern.compile(
            "([-+(]?)\\s*[\\p{Sc}\\p{L}]*\\s*([-+]?)([0-9][0-9.,'\\s\\u00A0\\u202F]*)\\s*[\\p{Sc}\\p{L}.]*\\s*([-)]?)");

    private AmountParser() {
    }

    /** The amount, or null for an empty cell. */
    /** Blanks and apostrophes that group thousands, compiled once (a parse per row). */
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F']");

    public static BigDecimal parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not an amount");
        }
        String digits = GROUPING.matcher(m.group(3)).replaceAll("");
        BigDecimal value;
        try {
            value = new BigDecimal(plain(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not an amount", e);
        }
        boolean negative = m.group(1).equals("-") || m.group(1).equals("(") || m.group(2).equals("-")
                || m.group(4).equals("-");
        if (negative && value.signum() != 0) {
            throw new IllegalArgumentException("the amount " + s + " is negative");
        }
        return value;
    }

    /** Digits with at most one '.' as the decimal mark. */
    private static String plain(String n) {
        int lastDot = n.lastIndexOf('.');
        int lastComma = n.lastIndexOf(',');
        char decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
        } else if (lastDot < 0 && lastComma < 0) {
            return n;
        } else {
            char sep = lastDot >= 0 ? '.' : ',';
            int last = Math.max(lastDot, lastComma);
            boolean once = n.indexOf(sep) == last;
            boolean threeAfter = n.length() - last - 1 == 3;
            decimal = once && !threeAfter ? sep : 0;
        }
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isDigit(c)) {
                b.append(c);
            } else if (c == decimal && i == n.lastIndexOf(decimal)) {
                b.append('.');
            } else if (c == decimal) {
                throw new NumberFormatException(n);
            }
        }
        return b.toString();
    }
}
