package com.salescallplanner.store.crm;

/**
 * A CSV file that cannot be read as a table at all (unreadable, empty, a quote never closed).
 * Rows that are merely wrong are not this: they are rejected one by one in the import report.
 */
public final class CsvFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CsvFileException(String message) {
        super(message);
    }

    public CsvFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
