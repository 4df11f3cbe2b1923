package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.board.BoardView;
import com.salescallplanner.ui.board.BoardViewModel;
import com.salescallplanner.ui.call.CallModeView;
import com.salescallplanner.ui.call.CallModeViewModel;
import com.salescallplanner.ui.detail.ProspectDetailView;
import com.salescallplanner.ui.detail.ProspectDetailViewModel;
import com.salescallplanner.ui.plan.PlanAdvisor;
import com.salescallplanner.ui.plan.PlanEditorView;
import com.salescallplanner.ui.plan.PlanEditorViewModel;
import com.salescallplanner.ui.prospects.ProspectActions;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectListViewModel;
import com.salescallplanner.ui.reports.ReportPrinter;
import com.salescallplanner.ui.reports.ReportsView;
import com.salescallplanner.ui.reports.ReportsViewModel;
import com.salescallplanner.ui.review.ReviewView;
import com.salescallplanner.ui.review.ReviewViewModel;
import com.salescallplanner.ui.settings.SalesProcessViewModel;
import com.salescallplanner.ui.today.TodayView;
import com.salescallplanner.ui.today.TodayViewModel;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.ui.port.ServerSetting;
import com.salescallplanner.ui.port.TeamPort;
import com.salescallplanner.ui.settings.TeamServerViewModel;
import com.salescallplanner.ui.team.CoachingNotesPane;
import com.salescallplanner.ui.team.TeamView;
import com.salescallplanner.ui.team.TeamViewModel;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the view for each page. The sidebar's pages (prospects, Today, Pipeline, Reports) are
 * made once, on the first visit, and kept: their search, selection, tab and scroll survive
 * visits, and Today, Pipeline and Reports stop recomputing while another page shows (their
 * views pause their view models when they leave the window). The other pages are made afresh
 * and disposed when left.
 */
final class PageFactory {
    static final String REMOVE_SAMPLES_ID = "remove-sample-data";
    /** From this many prospects the list's rows are made on the reading thread ({@link #madeAhead}). */
    static final int ROWS_AHEAD_FROM = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(PageFactory.class);
    private final MainViewModel vm;
    private final PlanAdvisor advisor;
    private final Clock clock;
    private final String location;
    private final ImportExport transfers;
    private final ProspectActions actions;
    private ProspectListView list;
    private final Map<Section, PageView> kept = new EnumMap<>(Section.class);
    private ProspectListViewModel listVm;
    private final BooleanProperty firstRunBusy = new SimpleBooleanProperty(false);
    private final TeamPort team;
    private final ServerSetting server;
    private final BooleanSupplier switchStore;
    private final Executor io;

    PageFactory(MainViewModel vm, PlanAdvisor advisor, Clock clock, String location,
                ImportExport transfers, TeamPort team, ServerSetting server, Executor io, BooleanSupplier switchStore) {
        this.vm = vm;
        this.switchStore = switchStore;
        this.server = server;
        this.team = team;
        this.io = io;
        this.advisor = advisor;
        this.clock = clock;
        this.location = location;
        this.transfers = transfers;
        this.actions = new ProspectActions(vm.editor());
    }

    /** Shown while the data holds sample prospects: takes exactly those out again, in one undoable step. */
    private Button removeSampleDataButton() {
        Button remove = Icons.button("Remove sample data", Feather.TRASH_2);
        remove.setId(REMOVE_SAMPLES_ID);
        remove.setTooltip(new Tooltip("Remove the sample prospects and their calls; your own prospects stay"));
        remove.visibleProperty().bind(vm.hasSampleDataProperty());
        remove.managedProperty().bind(remove.visibleProperty());
        remove.disableProperty().bind(vm.workspace().readOnlyProperty());
        remove.setOnAction(e -> vm.removeSampleData());
        return remove;
    }

    /** Reports; Shortcut+P there prints the report shown (it has no prospect to plan a call with). */
    private PageView reportsPage() {
        ReportsView view = new ReportsView(new ReportsViewModel(vm.workspace(), vm));
        return new PageView() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public boolean onKey(KeyEvent e) {
                if (!KeyCatalogue.PLAN_CALL.matches(e)) {
                    return false;
                }
                ReportPrinter.print(view, view.getScene().getWindow(), vm::tell);
                return true;
            }
        };
    }

    /**
     * Called on the reading thread with the data just read: what can be made for the pages before
     * the JavaFX thread takes the data, and the step that hands it over there (run just before).
     * A large planner's list rows ({@link ProspectListViewModel#rowsFor}); nothing for a small one.
     */
    Runnable madeAhead(PlannerData data) {
        if (data.prospects().size() < ROWS_AHEAD_FROM) {
            return () -> { };
        }
        ProspectListViewModel.PreparedRows rows;
        try {
            rows = ProspectListViewModel.rowsFor(data, ZonedDateTime.now(clock));
        } catch (RuntimeException e) { // the data is read: open it, and let the list make its rows as usual
            LOG.warn("The list's rows could not be made ahead", e);
            return () -> { };
        }
        return () -> {
            if (listVm != null) {
                listVm.adopt(rows);
            }
        };
    }

    /** The prospect list's page, made on first use (after the window's first frame: docs/performance.md). */
    private PageView prospectsPage() {
        listVm = new ProspectListViewModel(vm.workspace(), actions, vm);
        listVm.loadingProperty().bind(vm.file().loadingProperty());
        listVm.prospectsFirstProperty().bind(vm.file().prospectsFirstProperty());
        listVm.selectedProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.currentProspectProperty().set(n.prospect().id());
            }
        });
        this.list = new ProspectListView(listVm);
        list.addActions(transfers.prospectListButtons());
        list.addRowActions(removeSampleDataButton());
        FirstRunView firstRun = new FirstRunView(this::newProspect, this::loadSampleData, transfers::importFromCrm);
        firstRun.visibleProperty().bind(vm.firstRunProperty());
        firstRun.disableProperty().bind(firstRunBusy);
        list.node().visibleProperty().bind(vm.firstRunProperty().not());
        StackPane stack = new StackPane(list.node(), firstRun);
        return new PageView() {
            @Override
            public Node node() {
                return stack;
            }

            @Override
            public void focusFirst() {
                if (firstRun.isVisible()) {
                    firstRun.focusFirst();
                } else {
                    list.focusFirst();
                }
            }
        };
    }

    /** Shortcut+N and the first-run button: add a prospect and open it. */
    void newProspect() {
        if (vm.navigate(new Page.Home(Section.PROSPECTS))) {
            actions.create().ifPresent(vm::showProspect);
        }
    }

    /** Makes the sample off the JavaFX thread (a large one takes a moment), then adds it as one edit. */
    private void loadSampleData() {
        Task<PlannerData> task = new Task<>() {
            @Override
            protected PlannerData call() {
                return vm.makeSampleData();
            }
        };
        task.setOnSucceeded(e -> vm.useSampleData(task.getValue()));
        task.setOnFailed(e -> vm.editor().dialogs().showError("Cannot load sample data",
                String.valueOf(task.getException().getMessage())));
        firstRunBusy.bind(task.runningProperty());
        Thread t = new Thread(task, "sample-data");
        t.setDaemon(true);
        t.start();
    }

    ProspectListView list() {
        kept.computeIfAbsent(Section.PROSPECTS, this::sidebarPage);
        return list;
    }

    /** Whether a page is kept (never disposed). */
    boolean isKept(PageView p) {
        return kept.containsValue(p);
    }

    PageView create(Page page) {
        if (page instanceof Page.ProspectDetail d) {
            return new ProspectDetailView(new ProspectDetailViewModel(vm.editor(), vm, actions, d.prospect()),
                    transfers);
        }
        if (page instanceof Page.PlanEditor p) {
            return withCoaching(new PlanEditorView(new PlanEditorViewModel(vm.editor(), vm, advisor, p.prospect(),
                    p.call()), transfers), p.call());
        }
        if (page instanceof Page.CallMode c) {
            return withCoaching(new CallModeView(new CallModeViewModel(vm.editor(), vm, c.call()), clock), c.call());
        }
        if (page instanceof Page.Review r) {
            return new ReviewView(new ReviewViewModel(vm.editor(), vm, advisor, r.call()));
        }
        Section s = page.section();
        return switch (s) {
            case HELP -> new HelpView(KeyCatalogue.all());
            case TEAM -> new TeamView(new TeamViewModel(team, clock, io, Platform::runLater));
            case SETTINGS -> new SettingsView(vm.darkProperty(), location, new SalesProcessViewModel(vm.editor()),
                    new TeamServerViewModel(server, io, Platform::runLater, switchStore));
            case PROSPECTS, TODAY, PIPELINE, REPORTS -> kept.computeIfAbsent(s, this::sidebarPage);
        };
    }

    private PageView sidebarPage(Section s) {
        return switch (s) {
            case TODAY -> {
                TodayView today = new TodayView(new TodayViewModel(vm.workspace(), vm));
                yield focusing(today, today::focusFirst);
            }
            case PIPELINE -> {
                BoardView board = new BoardView(new BoardViewModel(vm.editor(), vm));
                yield focusing(board, board::focusFirst);
            }
            case REPORTS -> reportsPage();
            case PROSPECTS -> prospectsPage();
            default -> throw new IllegalArgumentException("Not a kept page: " + s);
        };
    }

    /** The manager's coaching notes on the call above the page (a rep on a team database only). */
    private PageView withCoaching(PageView page, CallId call) {
        if (!team.available() || team.manager() || call == null) {
            return page;
        }
        BorderPane wrapped = new BorderPane(page.node());
        wrapped.setTop(new CoachingNotesPane(team, call, io, Platform::runLater));
        return new PageView() {
            @Override
            public Node node() {
                return wrapped;
            }

            @Override
            public boolean canLeave() {
                return page.canLeave();
            }

            @Override
            public void dispose() {
                page.dispose();
            }

            @Override
            public void focusFirst() {
                page.focusFirst();
            }

            @Override
            public boolean onKey(javafx.scene.input.KeyEvent event) {
                return page.onKey(event);
            }
        };
    }

    private static PageView focusing(Node node, Runnable focus) {
        return new PageView() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void focusFirst() {
                focus.run();
            }
        };
    }
}
