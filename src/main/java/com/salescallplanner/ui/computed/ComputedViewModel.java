package com.salescallplanner.ui.computed;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.model.Workspace;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * What the Today, Pipeline and Reports view models share: figures computed from the rep's data
 * with a {@link BackgroundComputation} whenever the data changes, paused while the view is off
 * screen, and the navigator their rows use. A subclass says how to compute ({@link #compute})
 * and how to show the result ({@link #show}), and calls {@link #refresh()} at the end of its
 * constructor, once the fields {@code show} fills exist.
 *
 * @param <T> the computed figures: immutable, made from immutable data
 */
public abstract class ComputedViewModel<T> {
    private final Workspace workspace;
    private final Navigator navigator;
    private final Formats formats;
    private final BackgroundComputation<T> computation;
    // Held here: the workspace only keeps a weak reference, so a discarded view model can go.
    private final ChangeListener<PlannerData> onDataChanged = (o, old, now) -> refresh();

    protected ComputedViewModel(Workspace workspace, Navigator navigator, RefreshMode mode, Formats formats,
                                Duration debounce) {
        this.workspace = Objects.requireNonNull(workspace);
        this.navigator = Objects.requireNonNull(navigator);
        this.formats = Objects.requireNonNull(formats);
        this.computation = new BackgroundComputation<>(mode, debounce, this::prepare, this::show);
        workspace.dataProperty().addListener(new WeakChangeListener<>(onDataChanged));
    }

    /** Computes the figures; runs on a worker thread, so it may only use its arguments. */
    protected abstract T compute(PlannerData data, ZonedDateTime now);

    /** Shows freshly computed figures; runs on the JavaFX thread. */
    protected abstract void show(T figures);

    /** Recomputes from the workspace's current data and time. */
    public void refresh() {
        computation.refresh();
    }

    /** While the view is off screen the figures are not recomputed; showing it catches up. */
    public void setShowing(boolean showing) {
        computation.setPaused(!showing);
    }

    /** True while fresh figures are being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return computation.busyProperty();
    }

    public Formats formats() {
        return formats;
    }

    protected Workspace workspace() {
        return workspace;
    }

    protected Navigator navigator() {
        return navigator;
    }

    private Supplier<T> prepare() {
        PlannerData data = workspace.data();
        ZonedDateTime now = workspace.now();
        return () -> compute(data, now);
    }
}
