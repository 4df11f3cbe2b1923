package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.RecordKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The conflicts a {@link TeamSync} holds until the rep settles them: at most one per record, and
 * written to this machine's disk on every change, so a conflict survives a restart. Not
 * thread-safe: the sync calls it holding its lock.
 */
final class ConflictBook {
    private final LocalCopy local;
    private final List<Conflict> conflicts = new ArrayList<>();

    ConflictBook(LocalCopy local) {
        this.local = local;
    }

    /** Reads the conflicts this machine kept from an earlier run. */
    void load() throws IOException {
        conflicts.addAll(local.readConflicts());
    }

    /** The open conflict for a record, or null. */
    Conflict find(RecordKey key) {
        for (Conflict c : conflicts) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** Records a conflict, replacing an earlier one for the same record. */
    void put(Conflict conflict) throws IOException {
        conflicts.removeIf(c -> c.key().equals(conflict.key()));
        conflicts.add(conflict);
        local.writeConflicts(conflicts);
    }

    void remove(Conflict conflict) throws IOException {
        conflicts.remove(conflict);
        local.writeConflicts(conflicts);
    }

    List<Conflict> all() {
        return List.copyOf(conflicts);
    }

    int size() {
        return conflicts.size();
    }
}
