package com.salescallplanner.domain.crm;

/** Why one row cannot be imported; the message is shown to the rep beside the line number. */
class RowRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowRejected(String reason) {
        super(reason, null, false, false);
    }

    /** A row whose stage the planner does not know: reported, and asked about in the wizard. */
    static final class UnknownStage extends RowRejected {
        private static final long serialVersionUID = 1L;
        private final String stageName;

        UnknownStage(String stageName) {
            super("unknown stage '" + stageName + "'");
            this.stageName = stageName;
        }

        String stageName() {
            return stageName;
        }
    }
}
