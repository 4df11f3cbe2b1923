package com.salescallplanner.ui.team;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.ui.port.TeamPort.FieldDifference;
import com.salescallplanner.ui.port.TeamPort.RecordConflict;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One conflict for the rep to settle: the record changed here and on another machine. For a
 * field-by-field merge each differing field has a "take theirs" switch (off: keep mine).
 */
public final class ConflictViewModel {
    private final RecordConflict conflict;
    private final Map<String, BooleanProperty> takeTheirs = new LinkedHashMap<>();

    public ConflictViewModel(RecordConflict conflict) {
        this.conflict = conflict;
        for (FieldDifference f : conflict.fields()) {
            takeTheirs.put(f.field(), new SimpleBooleanProperty(false));
        }
    }

    public RecordConflict conflict() {
        return conflict;
    }

    /** "Prospect Acme was changed on another machine too (...)". */
    public String headline() {
        return conflict.title() + " was changed elsewhere too: " + conflict.reason() + ".";
    }

    public BooleanProperty takeTheirsProperty(String field) {
        BooleanProperty p = takeTheirs.get(field);
        if (p == null) {
            throw new IllegalArgumentException("No differing field " + field);
        }
        return p;
    }

    /** Field by field only when both versions exist. */
    public boolean canMerge() {
        return !takeTheirs.isEmpty();
    }

    public Set<String> fieldsFromTheirs() {
        Set<String> out = new LinkedHashSet<>();
        takeTheirs.forEach((f, p) -> {
            if (p.get()) {
                out.add(f);
            }
        });
        return out;
    }

    /**
     * The workspace's data with the settled record taken from {@code settled} (what the storage
     * has after settling), leaving every other record as the workspace has it now: the rep may
     * have edited something else meanwhile.
     */
    public static PlannerData withSettledRecord(PlannerData current, PlannerData settled, String key) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String id = key.substring(colon + 1);
        try {
            switch (kind) {
                case "prospect" -> {
                    ProspectId pid = new ProspectId(id);
                    return settled.prospect(pid).map(current::withProspect).orElseGet(() -> current.withoutProspect(pid));
                }
                case "call" -> {
                    CallId cid = new CallId(id);
                    return settled.call(cid).map(current::withCall).orElseGet(() -> current.withoutCall(cid));
                }
                default -> {
                    return PlannerData.of(settled.stages(), settled.ladder(), current.prospects(), current.calls());
                }
            }
        } catch (DomainException e) {
            return settled; // the record does not fit the data as it is now: take the storage's whole
        }
    }
}
