package com.salescallplanner.ui.reports;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.report.HitRates;
import com.salescallplanner.domain.report.PipelineColumn;
import com.salescallplanner.domain.report.ReportSnapshot;
import com.salescallplanner.domain.report.StageDuration;
import com.salescallplanner.domain.report.StrandedProspect;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.computed.ComputedViewModel;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The figures of the Reports view, recomputed (debounced, off the JavaFX thread) whenever the
 * rep's data changes. Holds rows ready for tables and charts, and the navigation a row offers.
 */
public final class ReportsViewModel extends ComputedViewModel<ReportSnapshot> {
    static final Duration DEBOUNCE = Duration.ofMillis(150);

    /** One line of a hit-rate table: a stage's or a month's name and its rates. */
    public record RateRow(String label, HitRates rates) {
    }

    private final ReadOnlyObjectWrapper<ReportSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RateRow> ratesByStage = FXCollections.observableArrayList();
    private final ObservableList<RateRow> ratesByMonth = FXCollections.observableArrayList();
    private final ObservableList<StageDuration> stageDurations = FXCollections.observableArrayList();
    private final ObservableList<PipelineColumn> openByStage = FXCollections.observableArrayList();
    private final ObservableList<StrandedProspect> stranded = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper overallSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper strandedSummary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReportRange> range = new SimpleObjectProperty<>(ReportRange.ALL_TIME);
    /** The range as the worker thread reads it: set on the JavaFX thread before each refresh. */
    private volatile ReportRange rangeToCompute = ReportRange.ALL_TIME;

    public ReportsViewModel(Workspace workspace, Navigator navigator) {
        this(workspace, navigator, RefreshMode.BACKGROUND, Formats.window());
    }

    public ReportsViewModel(Workspace workspace, Navigator navigator, RefreshMode mode, Formats formats) {
        super(workspace, navigator, mode, formats, DEBOUNCE);
        range.addListener((o, old, now) -> {
            rangeToCompute = now == null ? ReportRange.ALL_TIME : now;
            refresh();
        });
        refresh();
    }

    @Override
    protected ReportSnapshot compute(PlannerData data, ZonedDateTime now) {
        return ReportSnapshot.of(data, now, rangeToCompute.period(now.toLocalDate()));
    }

    public void planNextCall(StrandedProspect s) {
        navigator().planCall(s.prospect().id());
    }

    public void openProspect(ProspectId id) {
        navigator().showProspect(id);
    }

    @Override
    protected void show(ReportSnapshot s) {
        Formats formats = formats();
        snapshot.set(s);
        ratesByStage.setAll(s.hitRates().byStage().stream().map(r -> new RateRow(r.stage().name(), r.rates()))
                .toList());
        ratesByMonth.setAll(s.hitRates().byMonth().stream()
                .map(r -> new RateRow(formats.month(r.month()), r.rates())).toList());
        stageDurations.setAll(s.stageDurations());
        openByStage.setAll(s.openByStage());
        stranded.setAll(s.stranded());
        HitRates all = s.hitRates().overall();
        String when = rangeToCompute.phrase();
        overallSummary.set(all.reviewed() == 0 ? (when.isEmpty()
                ? "No reviewed calls yet: rates appear once calls have an outcome."
                : "No reviewed calls" + when + ": choose a longer period, or review the calls you made.")
                : "Across " + formats.number(all.reviewed()) + " reviewed calls" + when + ": stretch met "
                + formats.rate(all.stretch()) + ", conservative met " + formats.rate(all.conservative())
                + ", advances " + formats.rate(all.advance()) + ".");
        int open = s.openByStage().stream().mapToInt(PipelineColumn::count).sum();
        int withoutAmount = s.openByStage().stream().mapToInt(PipelineColumn::withoutAmount).sum();
        BigDecimal total = s.openByStage().stream().map(PipelineColumn::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        openSummary.set(formats.number(open) + " open prospects worth " + formats.amount(total)
                + (withoutAmount == 0 ? "" : " (" + formats.number(withoutAmount) + " without an amount)") + ".");
        strandedSummary.set(s.stranded().isEmpty() ? "No stranded prospects: every open deal has a dated next step."
                : formats.number(s.stranded().size()) + " of " + formats.number(open)
                + " open prospects are stranded: plan a call that asks for a commitment.");
    }

    /** Which calls the hit rates count; days in stage and the stranded list always describe today. */
    public ObjectProperty<ReportRange> rangeProperty() {
        return range;
    }

    public ReadOnlyObjectProperty<ReportSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    // The lists below are the view's to read; only this view model changes them.

    public ObservableList<RateRow> ratesByStage() {
        return ratesByStage;
    }

    public ObservableList<RateRow> ratesByMonth() {
        return ratesByMonth;
    }

    public ObservableList<StageDuration> stageDurations() {
        return stageDurations;
    }

    public ObservableList<PipelineColumn> openByStage() {
        return openByStage;
    }

    public ObservableList<StrandedProspect> stranded() {
        return stranded;
    }

    public ReadOnlyStringProperty overallSummaryProperty() {
        return overallSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openSummaryProperty() {
        return openSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strandedSummaryProperty() {
        return strandedSummary.getReadOnlyProperty();
    }
}
