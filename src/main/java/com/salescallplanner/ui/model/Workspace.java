package com.salescallplanner.ui.model;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The rep's data as the window sees it: one immutable {@link PlannerData} value, replaced by
 * every edit. Because the values are immutable, undo and redo keep the earlier values (up to
 * {@value #HISTORY_LIMIT} edits). Every view model edits through {@link #apply}; the autosaver
 * listens to {@link #dataProperty()}. Used on the JavaFX application thread only.
 */
public final class Workspace {
    public static final int HISTORY_LIMIT = 200;

    private final ReadOnlyObjectWrapper<PlannerData> data;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final Clock clock;

    private record Edit(String description, PlannerData before, PlannerData after) {
    }

    public Workspace(PlannerData initial, Clock clock) {
        this.data = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
        this.clock = Objects.requireNonNull(clock);
    }

    public ReadOnlyObjectProperty<PlannerData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public PlannerData data() {
        return data.get();
    }

    /** Now, in the rep's time zone: the view models' notion of "today" and "upcoming". */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Applies one edit that the rep can undo. A {@link DomainException} from the edit leaves the
     * data untouched and is rethrown for the caller to show. No-op edits are not recorded.
     *
     * @param description what the edit did, for the undo menu, e.g. "Move Acme to Proposal"
     */
    public void apply(String description, UnaryOperator<PlannerData> edit) {
        if (readOnly.get()) {
            throw new DomainException("This data file is open read-only: changes cannot be saved.");
        }
        PlannerData before = data.get();
        PlannerData after = edit.apply(before);
        if (after == before) {
            return;
        }
        undo.push(new Edit(description, before, after));
        if (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        data.set(after);
        refresh();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Edit e = undo.pop();
            redo.push(e);
            data.set(e.before());
            refresh();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Edit e = redo.pop();
            undo.push(e);
            data.set(e.after());
            refresh();
        }
    }

    /** Replaces everything without undo, e.g. after loading a file or restoring a backup. */
    public void reset(PlannerData fresh) {
        undo.clear();
        redo.clear();
        data.set(Objects.requireNonNull(fresh));
        refresh();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** "Undo Move Acme to Proposal", or "" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : "Undo " + undo.peek().description());
        redoLabel.set(redo.isEmpty() ? "" : "Redo " + redo.peek().description());
    }
}
