package com.salescallplanner.domain.crm;

/**
 * Hears how far an import is, every {@value #EVERY} rows and at the end, and may stop it: the
 * window shows a progress bar with Cancel over a large file.
 */
@FunctionalInterface
public interface ImportProgress {
    /** How many rows between two reports. */
    int EVERY = 1_000;

    ImportProgress NONE = (done, total) -> true;

    /**
     * @return true to go on; false stops the import, which then throws
     *         {@link java.util.concurrent.CancellationException} and has changed nothing
     */
    boolean rowsDone(int done, int total);
}
