package com.salescallplanner.ui.today;

import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.report.Agenda;
import com.salescallplanner.domain.report.AgendaCall;
import com.salescallplanner.domain.report.AgendaDay;
import com.salescallplanner.domain.report.Pipeline;
import com.salescallplanner.domain.report.StrandedProspect;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.computed.ComputedViewModel;
import com.salescallplanner.ui.computed.RefreshMode;
import com.salescallplanner.ui.model.Workspace;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Today view: today's and the coming week's calls grouped by day, the calls that still need
 * a review, and, when today has no calls, a suggestion of whom to plan a call with.
 */
public final class TodayViewModel extends ComputedViewModel<TodayViewModel.Computed> {
    static final Duration DEBOUNCE = Duration.ofMillis(60);
    static final int OBJECTIVE_CHARS = 90;

    /** One line of the agenda list. */
    public sealed interface Entry permits DayHeading, CallEntry, NothingToday {
    }

    /** "Today · 2 calls". */
    public record DayHeading(LocalDate date, String title, int calls) implements Entry {
    }

    public record CallEntry(AgendaCall call) implements Entry {
    }

    /**
     * Today has no calls; {@code suggestion} is the longest idle stranded prospect, if any;
     * {@code noOpenProspects} when there is nobody to call at all.
     */
    public record NothingToday(Optional<StrandedProspect> suggestion, boolean noOpenProspects) implements Entry {
    }

    record Computed(Agenda agenda, Optional<StrandedProspect> suggestion, boolean noOpenProspects) {
    }

    private final ObservableList<Entry> agenda = FXCollections.observableArrayList();
    private final ObservableList<AgendaCall> needsReview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");

    public TodayViewModel(Workspace workspace, Navigator navigator) {
        this(workspace, navigator, RefreshMode.BACKGROUND, Formats.window());
    }

    public TodayViewModel(Workspace workspace, Navigator navigator, RefreshMode mode, Formats formats) {
        super(workspace, navigator, mode, formats, DEBOUNCE);
        refresh();
    }

    @Override
    protected Computed compute(PlannerData data, ZonedDateTime now) {
        Agenda a = Agenda.of(data, now);
        Optional<StrandedProspect> suggestion = a.todaysCalls().isEmpty()
                ? Pipeline.of(data, now).stranded().stream().findFirst() : Optional.empty();
        boolean noOpen = data.prospects().stream().allMatch(p -> data.stages().isClosed(p.stageId()));
        return new Computed(a, suggestion, noOpen);
    }

    public void startCall(AgendaCall c) {
        navigator().startCall(c.call().id());
    }

    public void editPlan(AgendaCall c) {
        navigator().editCall(c.call().id());
    }

    public void review(AgendaCall c) {
        navigator().reviewCall(c.call().id());
    }

    public void planCall(ProspectId id) {
        navigator().planCall(id);
    }

    public void openProspect(ProspectId id) {
        navigator().showProspect(id);
    }

    /** Opens the prospect list. */
    public void openProspects() {
        navigator().showProspects();
    }

    /** "Stretch: The CFO joins a workshop by Friday", shortened to fit a card. */
    public static String objectiveLine(Objective o) {
        String text = o.text().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return o.level().displayName() + ": not written yet";
        }
        return o.level().displayName() + ": "
                + (text.length() <= OBJECTIVE_CHARS ? text : text.substring(0, OBJECTIVE_CHARS - 1).strip() + "…");
    }

    @Override
    protected void show(Computed c) {
        Formats formats = formats();
        Agenda a = c.agenda();
        List<Entry> entries = new ArrayList<>();
        for (AgendaDay day : a.days()) {
            entries.add(new DayHeading(day.date(), formats.dayHeading(day.date(), a.today()), day.calls().size()));
            if (day.calls().isEmpty()) {
                entries.add(new NothingToday(c.suggestion(), c.noOpenProspects()));
            }
            day.calls().forEach(call -> entries.add(new CallEntry(call)));
        }
        agenda.setAll(entries);
        needsReview.setAll(a.needsReview());
        int today = a.todaysCalls().size();
        headline.set(formats.fullDate(a.today()) + " · "
                + (today == 0 ? "no calls today" : today == 1 ? "1 call today" : formats.number(today) + " calls today")
                + (a.needsReview().isEmpty() ? "" : " · " + formats.number(a.needsReview().size())
                + (a.needsReview().size() == 1 ? " call needs" : " calls need") + " a review"));
    }

    /** Day headings, call cards and the empty-today card, in order. */
    public ObservableList<Entry> agenda() {
        return agenda;
    }

    /** Calls that have ended without an outcome, the most recent first. */
    public ObservableList<AgendaCall> needsReview() {
        return needsReview;
    }

    /** E.g. "Wednesday, 12 Mar 2025 · 2 calls today · 1 call needs a review". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
