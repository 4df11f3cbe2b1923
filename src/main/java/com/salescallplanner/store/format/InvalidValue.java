package com.salescallplanner.store.format;

/**
 * Thrown while the adapters convert the document to domain values; unchecked so the
 * conversion code reads straight. {@link PlannerJson} turns it into a {@link FormatException}.
 */
final class InvalidValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient FieldPath at;

    InvalidValue(FieldPath at, String problem) {
        super(problem, null, false, false);
        this.at = at;
    }
}
