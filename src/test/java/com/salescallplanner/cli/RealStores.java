package com.salescallplanner.cli;

import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;

import java.nio.file.Path;

/** The real store, as the composition root wires it, for in-process command tests. */
final class RealStores implements StoreAccess {
    @Override
    public PlannerStore openForReading(Path folder) {
        return PlannerStore.openForReading(folder);
    }

    @Override
    public PlannerStore openForWriting(Path folder) throws StoreException {
        return PlannerStore.openForWriting(folder);
    }
}
