package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.domain.check.ObjectiveReading;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One objective in the plan editor. Owner and due date show what the checker read from the text
 * until the rep edits them; an edited value is kept as the objective's own.
 */
public final class ObjectiveModel {
    private final Level level;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<CommitmentKind> kindOverride = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final BooleanProperty ownerEdited = new SimpleBooleanProperty(false);
    private final BooleanProperty dueEdited = new SimpleBooleanProperty(false);
    private final ObjectProperty<ObjectiveReading> reading;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringBinding kindText;
    private boolean applyingReading;

    public ObjectiveModel(Level level) {
        this.level = level;
        this.reading = new SimpleObjectProperty<>(new ObjectiveReading(level, "", CommitmentKind.NONE, false, false,
                null, null, null));
        // Invalidation listeners, registered first, run before any listener the editor adds:
        // the edit is marked before the editor re-runs the checker.
        owner.addListener(obs -> {
            if (!applyingReading) {
                ownerEdited.set(true);
            }
        });
        due.addListener(obs -> {
            if (!applyingReading) {
                dueEdited.set(true);
            }
        });
        kindText = Bindings.createStringBinding(() -> kind() == CommitmentKind.NONE
                ? (kindOverride.get() == null ? "No commitment read" : "No commitment") : kind().displayName(),
                kindOverride, reading);
    }

    public Level level() {
        return level;
    }

    /** The kind in force: the rep's choice, else the one read from the text. */
    public CommitmentKind kind() {
        return kindOverride.get() != null ? kindOverride.get() : reading.get().kind();
    }

    /** Shows the checker's reading; owner and due follow it unless the rep edited them. */
    void applyReading(ObjectiveReading r) {
        reading.set(r);
        applyingReading = true;
        try {
            if (!ownerEdited.get()) {
                owner.set(r.hasOwner() ? r.owner() : "");
            }
            if (!dueEdited.get()) {
                due.set(r.dueDate());
            }
        } finally {
            applyingReading = false;
        }
    }

    /** Back to the owner read from the text. */
    public void resetOwner() {
        ownerEdited.set(false);
        applyReading(reading.get());
    }

    public void resetDue() {
        dueEdited.set(false);
        applyReading(reading.get());
    }

    void load(Objective o) {
        applyingReading = true;
        try {
            text.set(o.text());
            kindOverride.set(o.kindOverride());
            owner.set(o.owner());
            due.set(o.due());
            ownerEdited.set(!o.owner().isEmpty());
            dueEdited.set(o.due() != null);
        } finally {
            applyingReading = false;
        }
    }

    /** The objective as it will be saved: owner and due only when the rep set them. */
    public Objective toObjective() {
        return new Objective(level, text.get(), kindOverride.get(), ownerEdited.get() ? owner.get() : "",
                dueEdited.get() ? due.get() : null);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<CommitmentKind> kindOverrideProperty() {
        return kindOverride;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public BooleanProperty ownerEditedProperty() {
        return ownerEdited;
    }

    public BooleanProperty dueEditedProperty() {
        return dueEdited;
    }

    public ObjectProperty<ObjectiveReading> readingProperty() {
        return reading;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The chip's text: the kind in force. */
    public StringBinding kindTextProperty() {
        return kindText;
    }
}
