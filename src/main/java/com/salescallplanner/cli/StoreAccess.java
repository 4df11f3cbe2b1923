package com.salescallplanner.cli;

import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;

import java.nio.file.Path;

/**
 * How commands open the data folder. The composition root ({@code app}) supplies the real
 * store; commands never construct it themselves, so wiring stays in one place.
 */
public interface StoreAccess {
    /** No lock, no writes: for commands that only read, even while the window is open. */
    PlannerStore openForReading(Path folder);

    /** Takes the folder's lock; refused with a {@link StoreException} when another planner holds it. */
    PlannerStore openForWriting(Path folder) throws StoreException;
}
