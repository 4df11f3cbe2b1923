package com.salescallplanner.ui.port;

import java.util.List;

/** Another Sales Call Planner has the data folder open. */
public class StorageLockedException extends StorageProblem {
    private static final long serialVersionUID = 1L;

    public StorageLockedException(String folder) {
        super("Sales Call Planner is already open on " + folder, List.of(RecoveryAction.OPEN_READ_ONLY,
                RecoveryAction.QUIT));
    }
}
