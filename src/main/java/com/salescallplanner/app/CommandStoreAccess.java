package com.salescallplanner.app;

import com.salescallplanner.cli.StoreAccess;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;

import java.nio.file.Path;

/** The commands' way to the data folder: the real {@link PlannerStore}, as the composition root wires it. */
public final class CommandStoreAccess implements StoreAccess {
    @Override
    public PlannerStore openForReading(Path folder) {
        return PlannerStore.openForReading(folder);
    }

    @Override
    public PlannerStore openForWriting(Path folder) throws StoreException {
        return PlannerStore.openForWriting(folder);
    }
}
