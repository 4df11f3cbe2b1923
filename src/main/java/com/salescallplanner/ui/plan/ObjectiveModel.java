package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.check.Finding;
import com.salescallplanner.domain.check.ObjectiveReading;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
 * One objective in the plan editor. Owner and due date follow what the checker reads from the text
 * until the rep sets another value (a value equal to the one read, as a field re-committing on focus loss
 * sets, is no edit); "follow the text" goes back. The rep's corrections of the reading (kind, owner,
 * "is this a buyer commitment?") become a learned phrasing when the plan is saved ({@link #correction()}).
 */
public final class ObjectiveModel {
    private final Level level;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<CommitmentKind> kindOverride = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> buyerCommits = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final BooleanProperty ownerEdited = new SimpleBooleanProperty(false);
    private final BooleanProperty dueEdited = new SimpleBooleanProperty(false);
    private final BooleanProperty corrected = new SimpleBooleanProperty(false);
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    private final ObjectProperty<ObjectiveReading> reading;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringBinding kindText;
    private final StringBinding understanding;
    private boolean applyingReading;

    public ObjectiveModel(Level level) {
        this.level = level;
        this.reading = new SimpleObjectProperty<>(new ObjectiveReading(level, "", CommitmentKind.NONE, false, false,
                null, null, null));
        text.addListener(obs -> {
            if (!applyingReading) {
                touched.set(true);
            }
        });
        // Invalidation listeners, registered first, run before any listener the editor adds:
        // the edit is marked before the editor re-runs the checker.
        owner.addListener(obs -> {
            if (!applyingReading && !Objects.equals(owner.get(), readOwner())) {
                ownerEdited.set(true);
                corrected.set(true);
            }
        });
        due.addListener(obs -> {
            if (!applyingReading && !Objects.equals(due.get(), reading.get().dueDate())) {
                dueEdited.set(true);
            }
        });
        kindOverride.addListener((obs, o, n) -> {
            if (!applyingReading) {
                corrected.set(true);
                if (n != null && buyerCommits.get() != null && (n == CommitmentKind.NONE) == buyerCommits.get()) {
                    buyerCommits.set(null); // the kind says it
                }
            }
        });
        buyerCommits.addListener((obs, o, n) -> {
            if (!applyingReading) {
                corrected.set(true);
                if (Boolean.FALSE.equals(n)) {
                    kindOverride.set(CommitmentKind.NONE);
                } else if (Boolean.TRUE.equals(n) && kindOverride.get() == CommitmentKind.NONE) {
                    kindOverride.set(null);
                }
            }
        });
        kindText = Bindings.createStringBinding(() -> kind() == CommitmentKind.NONE
                ? (kindOverride.get() == null ? "No commitment read" : "No commitment") : kind().displayName(),
                kindOverride, reading);
        understanding = Bindings.createStringBinding(() -> ReadingText.of(reading.get(), text.get()), reading, text);
    }

    private String readOwner() {
        ObjectiveReading r = reading.get();
        return r.hasOwner() ? r.owner() : "";
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
                owner.set(readOwner());
            }
            if (!dueEdited.get()) {
                due.set(r.dueDate());
            }
        } finally {
            applyingReading = false;
        }
    }

    /** Back to the owner read from the text, following it again. */
    public void resetOwner() {
        ownerEdited.set(false);
        applyReading(reading.get());
    }

    /** Back to the date read from the text, following it again. */
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

    /**
     * What saving teaches the checker about this objective's phrasing: the kind the rep chose, the owner they
     * typed (when the text names it, since only then can it apply to another text), and their answer to "is this
     * a buyer commitment?"; empty when the rep corrected nothing in this editor.
     */
    public Optional<LearnedPhrasing> correction() {
        if (!corrected.get() || text.get().isBlank()) {
            return Optional.empty();
        }
        return ReadingCorrection.of(text.get(), kindOverride.get(), ownerEdited.get() ? owner.get() : null,
                buyerCommits.get());
    }

    /** Forgets that the rep corrected the reading (an example replaced the text). */
    void clearCorrection() {
        buyerCommits.set(null);
        corrected.set(false);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<CommitmentKind> kindOverrideProperty() {
        return kindOverride;
    }

    /** The rep's answer to "is this a buyer commitment?": null until they answer. */
    public ObjectProperty<Boolean> buyerCommitsProperty() {
        return buyerCommits;
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

    /**
     * True once the rep edited the text (or the plan was saved before): only then are the objective's findings
     * shown, so a new plan does not open full of errors about fields nobody has written in yet.
     */
    public BooleanProperty touchedProperty() {
        return touched;
    }

    /** True once the rep corrected the reading in this editor (kind, owner or buyer commitment). */
    public BooleanProperty correctedProperty() {
        return corrected;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The chip's text: the kind in force. */
    public StringBinding kindTextProperty() {
        return kindText;
    }

    /** What the checker understood of the text, in a sentence for the rep ("" while the text is empty). */
    public StringBinding understandingProperty() {
        return understanding;
    }
}
