package com.salescallplanner.domain.crm;

/** What an import does with one row. */
public enum RowStatus {
    /** A new prospect. */
    IMPORTED,
    /** An existing prospect (same CRM id, or same company and deal) whose fields changed. */
    UPDATED,
    /** An existing prospect that already matches the row. */
    UNCHANGED,
    /** The row is wrong; the reason says why. Nothing of it is imported. */
    REJECTED;

    public String label() {
        return switch (this) {
            case IMPORTED -> "Imported";
            case UPDATED -> "Updated";
            case UNCHANGED -> "Unchanged";
            case REJECTED -> "Rejected";
        };
    }

    /** What importing will do with the row, said in the preview before anything is imported. */
    public String ahead() {
        return switch (this) {
            case IMPORTED -> "Will import";
            case UPDATED -> "Will update";
            case UNCHANGED -> "Unchanged";
            case REJECTED -> "Will skip";
        };
    }
}
