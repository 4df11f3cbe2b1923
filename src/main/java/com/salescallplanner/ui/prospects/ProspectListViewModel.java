package com.salescallplanner.ui.prospects;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Navigator;
import com.salescallplanner.ui.model.Workspace;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The prospect list: rows rebuilt once per data change and put in {@link ProspectOrder#DEFAULT}
 * order (what needs attention first, closed deals last), filtered per keystroke by comparing the
 * precomputed lower-case search keys (no health computed, no I/O while typing).
 */
public final class ProspectListViewModel {
    /** The stage filter's "every stage" entry. */
    public static final Stage ALL_STAGES = new Stage(new StageId("all-stages"), "All stages", "", com.salescallplanner.domain.StageType.OPEN);

    private final Workspace workspace;
    private final ProspectActions actions;
    private final Navigator navigator;
    private final ObservableList<ProspectRow> rows = FXCollections.observableArrayList();
    /**
     * Sorted (by the table's column, when the rep picks one) under the filter, not over it: a
     * typed character then only re-filters, and no sort sees the change (docs/performance.md).
     */
    private final SortedList<ProspectRow> sorted = new SortedList<>(rows);
    private final FilteredList<ProspectRow> visible = new FilteredList<>(sorted);
    private final ObservableList<Stage> stageChoices = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ProspectFilter> filter = new SimpleObjectProperty<>(ProspectFilter.ALL);
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(ALL_STAGES);
    private final ObjectProperty<ProspectRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<PlannerData> prospectsFirst = new SimpleObjectProperty<>();
    /** True while the rows are {@link #prospectsFirst}'s: their calls are not read yet. */
    private final BooleanProperty callsPending = new SimpleBooleanProperty(false);
    private final StringBinding countText;
    private Map<ProspectId, Cached> cache = new HashMap<>();
    /** Rows made off the JavaFX thread for the data about to come ({@link #adopt}), or null. */
    private PreparedRows adopted;
    /** The stage model the cached rows show; an edited model (renamed, moved) recomputes every row. */
    private StageModel cachedStages;

    public ProspectListViewModel(Workspace workspace, ProspectActions actions, Navigator navigator) {
        this.workspace = workspace;
        this.actions = actions;
        this.navigator = navigator;
        rebuild(workspace.data());
        workspace.dataProperty().addListener((obs, old, data) -> rebuild(data));
        query.addListener(obs -> refilter());
        filter.addListener(obs -> refilter());
        stage.addListener(obs -> refilter());
        prospectsFirst.addListener((obs, old, data) -> {
            if (data != null) {
                showWithoutCalls(data);
            } else if (callsPending.get()) { // the opening failed: back to what the workspace holds
                rebuild(workspace.data());
            }
        });
        // While loading nothing is counted, but for the prospects listed before their calls (the status bar says the calls are coming).
        countText = Bindings.createStringBinding(() -> loading.get() && !callsPending.get() ? ""
                : visible.size() == rows.size() ? count(rows.size())
                : String.format("%,d of %s", visible.size(), count(rows.size())), visible, rows, loading, callsPending);
    }

    /**
     * The prospects of a large file before its calls are read: names, stages and days in stage,
     * in the usual order; what depends on calls (the next call, the flags) comes with them. These
     * rows are never cached: each is computed again once the calls are in.
     */
    private void showWithoutCalls(PlannerData prospectsOnly) {
        LocalDate today = workspace.now().toLocalDate();
        List<ProspectRow> fresh = new ArrayList<>(prospectsOnly.prospects().size());
        for (Prospect p : prospectsOnly.prospects()) {
            fresh.add(ProspectRow.withoutCalls(prospectsOnly, p, today));
        }
        fresh.sort(ProspectOrder.DEFAULT);
        cache = Map.of();
        callsPending.set(true);
        rows.setAll(fresh);
        updateStageChoices(prospectsOnly);
    }

    /** "1 prospect", "40 prospects", "10,000 prospects" (grouped as the rep's locale groups digits). */
    private static String count(int n) {
        return String.format("%,d", n) + (n == 1 ? " prospect" : " prospects");
    }

    /** A row and what it was computed from, to reuse it while neither changed. */
    private record Cached(ProspectRow row, List<CallPlan> calls, LocalDate day) {
    }

    /** The rows of one data set, made on any thread by {@link #rowsFor}, for {@link #adopt}. */
    public static final class PreparedRows {
        private final PlannerData data;
        private final LocalDate day;
        private final List<ProspectRow> rows;
        private final Map<ProspectId, Cached> cache;

        private PreparedRows(PlannerData data, LocalDate day, List<ProspectRow> rows, Map<ProspectId, Cached> cache) {
            this.data = data;
            this.day = day;
            this.rows = rows;
            this.cache = cache;
        }

        /** The rows, in the default order. */
        List<ProspectRow> rows() {
            return rows;
        }
    }

    /**
     * The rows of {@code data} as a rebuild with nothing kept makes them, in the default order, on
     * any thread: a large planner's 10,000 rows took 90-100 ms of the JavaFX thread when its calls
     * came in, with the list in the rep's hands (docs/performance.md). Reads only the data.
     */
    public static PreparedRows rowsFor(PlannerData data, ZonedDateTime now) {
        Map<ProspectId, Cached> made = new HashMap<>(data.prospects().size() * 2);
        List<ProspectRow> rows = rows(data, data.prospects(), now, Map.of(), made);
        rows.sort(ProspectOrder.DEFAULT);
        return new PreparedRows(data, now.toLocalDate(), List.copyOf(rows), made);
    }

    /**
     * Rows made by {@link #rowsFor} for the data the workspace is about to hold: the next rebuild
     * takes them if that is still the very data and the same day, and makes its own otherwise.
     */
    public void adopt(PreparedRows prepared) {
        adopted = prepared;
    }

    /** The rows of {@code data}, those unchanged since {@code kept} reused; each row's source put into {@code made}. */
    private static List<ProspectRow> rows(PlannerData data, List<Prospect> prospects, ZonedDateTime now,
                                          Map<ProspectId, Cached> kept, Map<ProspectId, Cached> made) {
        LocalDate today = now.toLocalDate();
        List<ProspectRow> fresh = new ArrayList<>(prospects.size());
        for (Prospect p : prospects) {
            List<CallPlan> calls = data.callsOf(p.id());
            Cached c = kept.get(p.id());
            if (c == null || c.row().prospect() != p || !c.day().equals(today) || !c.calls().equals(calls)) {
                c = new Cached(ProspectRow.of(data, p, now), calls, today);
            }
            made.put(p.id(), c);
            fresh.add(c.row());
        }
        return fresh;
    }

    /**
     * Recomputes only the rows whose prospect or calls changed, and replaces only those in the
     * list, so an edit to one prospect among 10,000 costs one row, not a full rebuild. The list is
     * sorted again only when an edit moved a row out of {@link ProspectOrder#DEFAULT} order.
     */
    private void rebuild(PlannerData data) {
        if (callsPending.get()) { // the rows without calls: none is kept, and their order is not the full one
            callsPending.set(false);
            rows.clear();
        }
        ZonedDateTime now = workspace.now();
        if (data.stages() != cachedStages) {
            cache = Map.of();
            cachedStages = data.stages();
        }
        PreparedRows ready = adopted;
        adopted = null;
        List<ProspectRow> fresh;
        Map<ProspectId, Cached> next;
        if (ready != null && ready.data == data && ready.day.equals(now.toLocalDate())) {
            fresh = new ArrayList<>(ready.rows); // in the default order already: the sort below is one pass
            next = ready.cache;
        } else {
            next = new HashMap<>(data.prospects().size() * 2);
            fresh = rows(data, data.prospects(), now, cache, next);
        }
        cache = next;
        List<ProspectRow> inPlace = inCurrentOrder(next);
        if (inPlace != null && isSorted(inPlace)) {
            for (int i = 0; i < inPlace.size(); i++) {
                if (rows.get(i) != inPlace.get(i)) {
                    rows.set(i, inPlace.get(i));
                }
            }
        } else {
            fresh.sort(ProspectOrder.DEFAULT);
            rows.setAll(fresh);
        }
        updateStageChoices(data);
    }

    private void updateStageChoices(PlannerData data) {
        List<Stage> choices = new ArrayList<>();
        choices.add(ALL_STAGES);
        choices.addAll(data.stages().stages());
        if (!stageChoices.equals(choices)) {
            Stage keep = stage.get();
            stageChoices.setAll(choices);
            stage.set(choices.stream().filter(s -> s.id().equals(keep.id())).findFirst().orElse(ALL_STAGES));
        }
    }

    /** The new rows in the order the list shows now, or null when prospects were added or removed. */
    private List<ProspectRow> inCurrentOrder(Map<ProspectId, Cached> next) {
        if (next.size() != rows.size()) {
            return null;
        }
        List<ProspectRow> ordered = new ArrayList<>(rows.size());
        for (ProspectRow r : rows) {
            Cached c = next.get(r.prospect().id());
            if (c == null) {
                return null;
            }
            ordered.add(c.row());
        }
        return ordered;
    }

    private static boolean isSorted(List<ProspectRow> list) {
        for (int i = 1; i < list.size(); i++) {
            if (ProspectOrder.DEFAULT.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private void refilter() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        ProspectFilter f = filter.get() == null ? ProspectFilter.ALL : filter.get();
        StageId stageId = stage.get() == null || stage.get() == ALL_STAGES ? null : stage.get().id();
        visible.setPredicate(r -> (q.isEmpty() || r.searchKey().contains(q)) && f.test(r)
                && (stageId == null || stageId.equals(r.prospect().stageId())));
    }

    /** The rows the search and filters leave, in the order of {@link #orderProperty()}. */
    public ObservableList<ProspectRow> rows() {
        return visible;
    }

    /** The order the rep picked (a column's comparator), or null for the default order. */
    public ObjectProperty<Comparator<? super ProspectRow>> orderProperty() {
        return sorted.comparatorProperty();
    }

    public ObservableList<Stage> stageChoices() {
        return stageChoices;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ProspectFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<ProspectRow> selectedProperty() {
        return selected;
    }

    /**
     * True while the window reads the data at start: the list is empty then because nothing is
     * loaded yet, not because nothing matches, and says so.
     */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The prospects read before their calls while a large file opens (FileState), else null. */
    public ObjectProperty<PlannerData> prospectsFirstProperty() {
        return prospectsFirst;
    }

    /** True while the list shows prospects whose calls are still being read: no next call or flag yet. */
    public ReadOnlyBooleanProperty callsPendingProperty() {
        return callsPending;
    }

    /** "12 of 40 prospects" while filtered, else "40 prospects"; empty while loading, but for the prospects listed before their calls. */
    public StringBinding countTextProperty() {
        return countText;
    }

    public void addProspect() {
        actions.create().ifPresent(navigator::showProspect);
    }

    public void open(ProspectRow row) {
        if (row != null) {
            navigator.showProspect(row.prospect().id());
        }
    }

    public void editSelected() {
        if (selected.get() != null) {
            actions.rename(selected.get().prospect().id());
        }
    }

    public void deleteSelected() {
        if (selected.get() != null) {
            actions.delete(selected.get().prospect().id());
        }
    }

    public void clearFilters() {
        query.set("");
        filter.set(ProspectFilter.ALL);
        stage.set(ALL_STAGES);
    }
}
