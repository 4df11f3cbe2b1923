package com.salescallplanner.store.export;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula ("CSV injection"): a cell
 * starting with =, +, -, @, a tab or a carriage return gets a leading single quote, which
 * spreadsheets show as text. A company called "=HYPERLINK(...)" then reads as typed.
 */
final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
