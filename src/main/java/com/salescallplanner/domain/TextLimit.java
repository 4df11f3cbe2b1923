package com.salescallplanner.domain;

/**
 * The longest text a field takes, with the words the rep reads when it is exceeded. The domain's
 * records check their text with these and the window shows the same limit and message as the
 * rep types (a counter near the limit, the message under the field), so both always agree.
 *
 * <p>Length is counted in Unicode code points, what a rep would call characters: an emoji or a
 * CJK character outside the basic plane counts once, as in the JSON Schema's {@code maxLength}.
 *
 * @param field what the rep calls the field, e.g. "Company"; starts the message
 * @param max   the most characters allowed
 */
public record TextLimit(String field, int max) {
    /** From this share of the limit on, the window shows a counter ("160/200"). */
    public static final double NEAR = 0.8;

    public static final TextLimit COMPANY = new TextLimit("Company", FieldRules.MAX_NAME);
    public static final TextLimit DEAL_NAME = new TextLimit("Deal name", FieldRules.MAX_NAME);
    public static final TextLimit CONTACT_NAME = new TextLimit("Contact name", FieldRules.MAX_NAME);
    public static final TextLimit ROLE = new TextLimit("Role", FieldRules.MAX_NAME);
    public static final TextLimit EMAIL = new TextLimit("E-mail", FieldRules.MAX_NAME);
    public static final TextLimit STAGE_NAME = new TextLimit("Stage name", FieldRules.MAX_NAME);
    public static final TextLimit STAGE_DESCRIPTION = new TextLimit("Stage description", FieldRules.MAX_NAME * 2);
    public static final TextLimit NEXT_STEP = new TextLimit("Next step", FieldRules.MAX_NAME * 2);
    public static final TextLimit OBJECTIVE = new TextLimit("Objective", Objective.MAX_LENGTH);
    public static final TextLimit OWNER = new TextLimit("Owner", FieldRules.MAX_NAME);
    public static final TextLimit NOTES = new TextLimit("Notes", FieldRules.MAX_TEXT);
    /** Any other multi-line text (the up-front contract's fields, MEDDPICC); name it with {@link #named}. */
    public static final TextLimit LONG_TEXT = new TextLimit("Text", FieldRules.MAX_TEXT);
    public static final TextLimit RUNG_LABEL = new TextLimit("Label", FieldRules.MAX_NAME);
    /** Each of a rung's example objectives (one per line in Settings). */
    public static final TextLimit EXAMPLE = new TextLimit("Example", FieldRules.MAX_NAME);
    /** Each of a plan's questions (one per line); the schema's {@code maxLength} of an item. */
    public static final TextLimit QUESTION = new TextLimit("Question", FieldRules.MAX_TEXT);
    /** Each of a plan's attendees. */
    public static final TextLimit ATTENDEE = new TextLimit("Attendee", FieldRules.MAX_NAME);

    public TextLimit {
        FieldRules.required(field, "The field of a text limit");
        if (max < 1) {
            throw new DomainException("A text limit must allow at least one character.");
        }
    }

    /** The same limit under another field name, e.g. "Stretch objective". */
    public TextLimit named(String otherField) {
        return new TextLimit(otherField, max);
    }

    /** Characters as the rep counts them (code points); null is empty. */
    public static int length(String value) {
        if (value == null) {
            return 0;
        }
        return value.codePointCount(0, value.length());
    }

    public boolean exceededBy(String value) {
        // A string of n chars has at most n code points: only long ones need counting.
        return value != null && value.length() > max && length(value) > max;
    }

    /** "Company is too long: 5,000 characters, at most 200 allowed."; never quotes the text. */
    public String tooLong(String value) {
        return tooLong(field, length(value), max);
    }

    static String tooLong(String field, int length, int max) {
        return field + " is too long: " + String.format(java.util.Locale.ROOT, "%,d", length)
                + " characters, at most " + String.format(java.util.Locale.ROOT, "%,d", max) + " allowed.";
    }

    /** "160/200" from {@link #NEAR} of the limit on (over it too), "" below. */
    public String counter(String value) {
        int n = length(value);
        return n >= Math.ceil(max * NEAR) ? n + "/" + max : "";
    }

    /** The text checked: null becomes "", longer than the limit throws with {@link #tooLong}. */
    public String check(String value) {
        return FieldRules.text(value, field, max);
    }
}
