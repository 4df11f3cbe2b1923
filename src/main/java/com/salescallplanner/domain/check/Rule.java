package com.salescallplanner.domain.check;

/** The checker's rules. Their ids are stable: the UI, the command line and the docs refer to them. */
public enum Rule {
    MISSING_STRETCH("missing-stretch", Severity.ERROR),
    MISSING_CONSERVATIVE("missing-conservative", Severity.ERROR),
    NOT_AN_ADVANCE("not-an-advance", Severity.WARNING),
    /** The reader cannot tell who commits or to what: it says what it read and asks. */
    UNSURE_READING("unsure-reading", Severity.INFO),
    NO_OWNER("no-owner", Severity.WARNING),
    NO_DATE("no-date", Severity.WARNING),
    TOO_FAR_AHEAD("too-far-ahead", Severity.WARNING),
    AIMS_LOW("aims-low", Severity.INFO),
    STRETCH_NOT_ABOVE_CONSERVATIVE("stretch-not-above-conservative", Severity.WARNING),
    CLOSED_STAGE("closed-stage", Severity.ERROR),
    OUTCOME_MISSING("outcome-missing", Severity.WARNING),
    /**
     * The design's id for an open prospect without a dated next step. No plan check raises it:
     * the prospect list and {@code list} show it as the Stranded flag with its reason, from one
     * rule ({@link com.salescallplanner.domain.ProspectHealth}).
     */
    NO_NEXT_STEP("no-next-step", Severity.WARNING);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }
}
