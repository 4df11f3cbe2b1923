package com.salescallplanner.ui.call;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CallProgress;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.UpfrontContract;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.WorkspaceEditor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Call mode: the objectives to tick, the notes, and the clock against the planned duration.
 * Every tick and (debounced) the notes go straight into the call's progress in the workspace,
 * so the autosave keeps them even if the window closes mid-call.
 */
public final class CallModeViewModel {
    /** The close prompt appears in the last 20% of the call, at most the last 5 minutes. */
    static final double CLOSE_SHARE = 0.2;
    static final Duration CLOSE_AT_MOST = Duration.ofMinutes(5);

    private final WorkspaceEditor editor;
    private final Navigator navigator;
    private final CallId callId;
    private final String company;
    private final CallPlan plan;
    private final Instant startedAt;
    private final BooleanProperty stretchMet = new SimpleBooleanProperty();
    private final BooleanProperty conservativeMet = new SimpleBooleanProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper timer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper overtime = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper closePrompt = new ReadOnlyStringWrapper("");
    private final InvalidationListener dataListener = obs -> syncFromData();
    private boolean syncing;

    public CallModeViewModel(WorkspaceEditor editor, Navigator navigator, CallId callId) {
        this.editor = editor;
        this.navigator = navigator;
        this.callId = callId;
        PlannerData data = editor.workspace().data();
        CallPlan c = data.call(callId).orElseThrow();
        this.company = data.prospect(c.prospectId()).map(Prospect::company).orElse("");
        if (c.progress().startedAt() == null && !c.isReviewed()) {
            Instant now = editor.workspace().clock().instant();
            editor.apply("Start the call with " + company, d -> d.withCall(
                    d.call(callId).orElseThrow().withProgress(d.call(callId).orElseThrow().progress().started(now))));
            c = editor.workspace().data().call(callId).orElseThrow();
        }
        this.plan = c;
        this.startedAt = Objects.requireNonNullElse(c.progress().startedAt(), editor.workspace().clock().instant());
        syncing = true;
        stretchMet.set(c.progress().stretchMet());
        conservativeMet.set(c.progress().conservativeMet());
        notes.set(c.progress().notes());
        syncing = false;
        stretchMet.addListener((obs, o, n) -> tickChanged(Level.STRETCH, n));
        conservativeMet.addListener((obs, o, n) -> tickChanged(Level.CONSERVATIVE, n));
        editor.workspace().dataProperty().addListener(dataListener);
        tick(editor.workspace().clock().instant());
    }

    private void tickChanged(Level level, boolean met) {
        if (syncing) {
            return;
        }
        commitNotes();
        editor.apply((met ? "Tick the " : "Untick the ") + level.id() + " objective", d -> {
            CallPlan c = d.call(callId).orElseThrow();
            return d.withCall(c.withProgress(c.progress().withMet(level, met)));
        });
        updatePrompt();
    }

    /** After undo or redo, show the ticks and notes the data now holds. */
    private void syncFromData() {
        editor.workspace().data().call(callId).ifPresent(c -> {
            CallProgress p = c.progress();
            syncing = true;
            try {
                stretchMet.set(p.stretchMet());
                conservativeMet.set(p.conservativeMet());
            } finally {
                syncing = false;
            }
            updatePrompt();
        });
    }

    /** Writes the notes typed so far into the call's progress (one undo step per pause in typing). */
    /**
     * The pause-in-typing commit: notes over the limit wait (the field says so as the rep types)
     * instead of an error dialog at every pause; leaving call mode commits with {@link #commitNotes}.
     */
    public void commitNotesWhileTyping() {
        if (!TextLimit.NOTES.exceededBy(notes.get())) {
            commitNotes();
        }
    }

    public void commitNotes() {
        String text = notes.get();
        CallPlan c = editor.workspace().data().call(callId).orElse(null);
        if (c == null || c.progress().notes().equals(text)) {
            return;
        }
        editor.apply("Call notes", d -> d.withCall(d.call(callId).orElseThrow()
                .withProgress(d.call(callId).orElseThrow().progress().withNotes(text))));
    }

    /** Keyboard 1 and 2. */
    public void toggle(Level level) {
        BooleanProperty p = level == Level.STRETCH ? stretchMet : conservativeMet;
        p.set(!p.get());
    }

    /** Called every second by the view's timeline. */
    public void tick(Instant now) {
        Duration elapsed = Duration.between(startedAt, now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        Duration planned = plan.duration();
        Duration remaining = planned.minus(elapsed);
        timer.set(Formats.window().clock(elapsed) + " / " + Formats.window().clock(planned));
        overtime.set(remaining.isNegative());
        Duration window = Duration.ofMillis((long) (planned.toMillis() * CLOSE_SHARE));
        if (window.compareTo(CLOSE_AT_MOST) > 0) {
            window = CLOSE_AT_MOST;
        }
        closing.set(remaining.compareTo(window) <= 0);
        updatePrompt();
    }

    private void updatePrompt() {
        List<String> open = new ArrayList<>();
        if (!stretchMet.get() && !plan.stretch().isBlank()) {
            open.add("stretch: " + plan.stretch().text());
        }
        if (!conservativeMet.get() && !plan.conservative().isBlank()) {
            open.add("conservative: " + plan.conservative().text());
        }
        closePrompt.set(open.isEmpty() ? "Both objectives met. Agree the next step and its date."
                : "Close for the objective. Still open: " + String.join("; ", open));
    }

    /** Ends call mode and opens the review. */
    public void finish() {
        commitNotes();
        navigator.reviewCall(callId);
    }

    public void dispose() {
        commitNotes();
        editor.workspace().dataProperty().removeListener(dataListener);
    }

    public String title() {
        return "Call with " + company;
    }

    public CallPlan plan() {
        return plan;
    }

    public UpfrontContract contract() {
        return plan.contract();
    }

    public BooleanProperty metProperty(Level level) {
        return level == Level.STRETCH ? stretchMet : conservativeMet;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty timerProperty() {
        return timer.getReadOnlyProperty();
    }

    /** True near the end of the call: the view shows the close prompt. */
    public ReadOnlyBooleanProperty closingProperty() {
        return closing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overtimeProperty() {
        return overtime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closePromptProperty() {
        return closePrompt.getReadOnlyProperty();
    }

    public void back() {
        commitNotes();
        navigator.showProspect(plan.prospectId());
    }
}
