package com.salescallplanner.cli;

import com.salescallplanner.store.StoreException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The exit statuses of the commands that use the data folder, and how a store error reaches the
 * user: one line on stderr that names the file; the stack trace only in the log file.
 */
final class StoreErrors {
    /** The command refused to change anything (e.g. demo without --force on existing data). */
    static final int REFUSED = 1;
    /** The data file cannot be read, is read-only, or reading or writing failed. */
    static final int DATA_ERROR = 3;
    /** Another Sales Call Planner holds the data folder's lock. */
    static final int FOLDER_IN_USE = 4;

    private static final Logger LOG = LoggerFactory.getLogger(StoreErrors.class);

    private StoreErrors() {
    }

    static int report(CommandSpec spec, StoreException e) {
        // INFO: the log file keeps the details; stderr (warnings and up) only gets the line below.
        LOG.info("{} failed: {}", spec.name(), e.getMessage(), e);
        spec.commandLine().getErr().println("Error: " + e.getMessage());
        return e.kind() == StoreException.Kind.LOCKED ? FOLDER_IN_USE : DATA_ERROR;
    }
}
