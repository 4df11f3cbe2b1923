package com.salescallplanner.store.format;

/**
 * The document cannot be read: the problem and where it is (line and column for broken JSON,
 * the field path for a wrong value). The store adds the file name and the way back.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;

    public FormatException(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
        this.problem = problem;
    }

    FormatException(FieldPath at, String problem) {
        this(at.toString(), problem);
    }

    /** "line 12, column 5" or "prospects[3].contacts[0].name". */
    public String where() {
        return where;
    }

    /** What is wrong, as a sentence a person understands. */
    public String problem() {
        return problem;
    }
}
