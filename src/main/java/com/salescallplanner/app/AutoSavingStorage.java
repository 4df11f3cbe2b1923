package com.salescallplanner.app;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.AutoSaver;
import com.salescallplanner.store.SaveState;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.ui.port.PlannerStorage;

import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window's two storages (the data folder's, a team database's) share: each edit goes to the
 * store's {@link AutoSaver} (coalescing, retries), which writes it on its own thread through
 * {@link #write}; how saving stands goes to one listener (the status bar); closing writes what is
 * still waiting first.
 */
abstract class AutoSavingStorage implements PlannerStorage {
    private static final Logger LOG = LoggerFactory.getLogger(AutoSavingStorage.class);

    private final AutoSaver saver = new AutoSaver(this::write, s -> tell(shown(s)));
    private volatile Consumer<SaveState> listener = s -> { };
    /** What the log says when the last edits could not be written at closing. */
    private final String closingFailure;

    AutoSavingStorage(String closingFailure) {
        this.closingFailure = closingFailure;
    }

    /** Writes {@code data}, on the saver's thread. */
    abstract void write(PlannerData data) throws StoreException;

    /** The saver's state as the rep is told it; as it is unless a storage has more to say. */
    SaveState shown(SaveState s) {
        return s;
    }

    /** Tells the listener how saving stands. */
    final void tell(SaveState s) {
        listener.accept(s);
    }

    /** {@code data} is what is on disk now (just read): nothing to save until it changes. */
    final void markSaved(PlannerData data) {
        saver.markSaved(data);
    }

    /** Stops the saver; call {@link #flush()} first. */
    final void stopSaving() {
        saver.close();
    }

    @Override
    public final void saveSoon(PlannerData data) {
        saver.submit(data);
    }

    @Override
    public final Optional<String> flush() {
        try {
            saver.flush();
            return Optional.empty();
        } catch (StoreException e) {
            LOG.warn("{}: {}", closingFailure, e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public final void setSaveListener(Consumer<SaveState> l) {
        listener = l == null ? s -> { } : l;
    }
}
