package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.model.SaveTracker;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.PlannerStorage.Opened;
import com.salescallplanner.ui.port.WindowSettings;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: sidebar, the current page, the status bar; the keyboard shortcuts; loading
 * the data at start and saving everything on close. Built on the stage it is given, so a test
 * can build it on TestFX's stage.
 */
public final class MainWindow {
    public static final String TITLE = "Sales Call Planner";
    /** Said in the status bar while the window saves before it closes (a large planner takes a moment). */
    static final String CLOSING = "Saving before closing\u2026";

    private final Stage stage;
    private final DesktopServices services;
    private final Workspace workspace;
    private final MainViewModel vm;
    private final SaveTracker saves;
    private final ExecutorService io;
    private final PageFactory pages;
    private final ImportExport transfers;
    private final StackPane content = new StackPane();
    private final StatusBar statusBar;
    private final List<Shortcut> shortcuts;
    private final DataOpener opener;
    private Runnable reopen;
    private final WaitingAction waiting = new WaitingAction();
    private final TypedAhead typedAhead = new TypedAhead();
    private final ConflictSettler conflicts;
    private PageView current;
    private final RememberedWindow remembered;
    private final WindowCloser closer;
    private final FirstFrames firstFrames;

    public MainWindow(Stage stage, DesktopServices services) {
        this.stage = stage;
        this.services = services;
        WindowSettings initial = services.settings().load();
        // The theme before the first control: the first control class to load otherwise gives
        // JavaFX's own theme (Modena) to the whole app, read only to be replaced by AtlantaFX's a
        // moment later, which took about a fifth of the work before the first frame
        // (docs/performance.md).
        Themes.use(initial.dark());
        this.workspace = new Workspace(PlannerData.empty(), services.clock());
        DialogService dialogs = services.dialogs().apply(() -> stage);
        this.vm = new MainViewModel(workspace, dialogs, services.sampleData());
        // Loading from the start: the pages are built knowing nothing has been read yet.
        vm.file().loadingProperty().set(true);
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "window-io");
            t.setDaemon(true);
            return t;
        });
        this.saves = new SaveTracker(workspace, services.storage(), Platform::runLater);
        EarlyOpen early = EarlyOpen.start(services.storage()); // small data: read while the window is built; asked off this thread
        vm.file().saveStateProperty().bind(saves.statusProperty());
        vm.file().saveDetailProperty().bind(saves.detailProperty());
        this.transfers = new ImportExport(vm, () -> stage, io, dialogs, services.dialogs(), services.crmCsv(),
                services.exports());
        this.shortcuts = windowShortcuts();
        this.pages = new PageFactory(vm, services.advisors().apply(workspace::data), services.clock(),
                services.storage().location(), transfers, services.team(), services.server(), io,
                this::switchStore);
        this.statusBar = new StatusBar(vm);
        content.getStyleClass().add("content");
        BorderPane page = new BorderPane(content, new FileBanner(vm), null, null, null);
        BorderPane root = new BorderPane(page, null, null, statusBar, new Sidebar(vm, KeyCatalogue::goTo));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(Css.STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.ANY, this::onKey);
        stage.setScene(scene);
        stage.setTitle(TITLE);
        vm.setLeaveGuard(() -> current == null || current.canLeave());
        vm.pageProperty().addListener((obs, o, p) -> show(p));
        this.remembered = new RememberedWindow(stage, services.settings(), io, initial);
        remembered.applyToStage();
        vm.darkProperty().set(remembered.dark());
        vm.darkProperty().addListener((obs, o, dark) -> remembered.themeChanged(dark));
        this.closer = new WindowCloser(io, Platform::runLater, saves, services.storage(), services.settings(), dialogs);
        // The window closes itself once the data is saved (WindowCloser), never straight away.
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
        // The first frame shows the window's frame and that the data is coming; the page itself is
        // made right after that frame (docs/performance.md: it took about a third of the JavaFX
        // thread's work before the first frame, its table most of that).
        content.getChildren().setAll(ProspectListView.loadingIndicator());
        ListFirst.guard(content, vm, this::openWhenIn);
        this.opener = new DataOpener(services.storage(), dialogs, statusBar, this::opened,
                this::prospectsRead, pages::madeAhead, this::quit, early);
        this.firstFrames = new FirstFrames(stage, opener, () -> {
            if (current == null) {
                show(vm.pageProperty().get());
            }
        });
        this.conflicts = new ConflictSettler(services.team(), workspace, io, () -> stage, dialogs);
    }

    /**
     * A large file's prospects, shown before their calls (or null: the opening failed). The page
     * was disabled until now, so it could not take the focus it asked for: it takes it now, and
     * the keys that move in the list work at once ({@link ListFirst#keyForList}).
     */
    private void prospectsRead(PlannerData prospectsOnly) {
        vm.file().prospectsRead(prospectsOnly);
        if (prospectsOnly != null && current != null) {
            current.focusFirst();
            typedAhead.putInto(stage.getScene().getFocusOwner(), vm::tell); // into the search, which works from now on
        } else if (prospectsOnly == null) {
            waiting.readingFailed();
        }
    }

    private void opened(Opened o) {
        vm.file().opened(o.data(), o.readOnlyReason(), o.notice());
        StartupTiming.mark("modelsUpdated");
        vm.teamManagerProperty().set(services.team().manager());
        if (services.team().available()) {
            conflicts.ask(); // those left from an earlier session
        }
        if (current != null) {
            current.focusFirst();
        }
        typedAhead.putInto(stage.getScene().getFocusOwner(), vm::tell);
        firstFrames.dataIn();
        Runnable pending = waiting.take();
        if (pending != null) {
            vm.tell("");
            pending.run();
        }
    }

    /**
     * A prospect chosen (Enter, a double-click) in the list shown before the calls: it opens once
     * they are in, as a waiting shortcut runs ({@link WaitingAction}); text kept is dropped.
     */
    private void openWhenIn(ProspectRow row) {
        ProspectId id = row.prospect().id();
        typedAhead.shortcutPressed();
        waiting.openProspect(() -> {
            if (workspace.data().prospect(id).isPresent()) {
                vm.showProspect(id);
            }
        });
        vm.tell(ListFirst.opensWhenIn(row));
    }

    /** The window-wide shortcuts of {@link KeyCatalogue}, each bound to what it does. */
    private List<Shortcut> windowShortcuts() {
        List<Shortcut> all = new ArrayList<>();
        all.addAll(Shortcut.of(KeyCatalogue.NEW_PROSPECT, false, () -> pages.newProspect()));
        all.addAll(Shortcut.of(KeyCatalogue.PLAN_CALL, false, () -> vm.planCallForCurrent()));
        all.addAll(Shortcut.of(KeyCatalogue.START_CALL, false, () -> vm.startCallForCurrent()));
        all.addAll(Shortcut.of(KeyCatalogue.SEARCH, false, this::search));
        all.addAll(Shortcut.of(KeyCatalogue.IMPORT, false, () -> transfers.importFromCrm()));
        all.addAll(Shortcut.of(KeyCatalogue.UNDO, true, () -> vm.undo()));
        all.addAll(Shortcut.of(KeyCatalogue.REDO, true, () -> vm.redo()));
        all.addAll(Shortcut.of(KeyCatalogue.HELP, false, () -> vm.show(Section.HELP)));
        for (Section s : List.of(Section.PROSPECTS, Section.TODAY, Section.PIPELINE, Section.REPORTS, Section.SETTINGS)) {
            all.add(new Shortcut(KeyCatalogue.goTo(s), "Go to " + s.title(), false, () -> vm.show(s)));
        }
        all.addAll(Shortcut.of(KeyCatalogue.GO_TEAM, false, this::showTeam));
        return List.copyOf(all);
    }

    /** Every key the window binds itself (for Help, and for the test that Help lists them all). */
    List<Shortcut> shortcuts() {
        return shortcuts;
    }

    private void showTeam() {
        if (vm.teamManagerProperty().get()) {
            vm.show(Section.TEAM);
        } else {
            vm.tell("The Team page is for a manager on a team database.");
        }
    }

    private void search() {
        if (vm.navigate(new Page.Home(Section.PROSPECTS))) {
            pages.list().focusSearch();
        }
    }

    /** The page sees a key first (call mode's 1 and 2, the plan's Shortcut+Enter), then the window. */
    private void onKey(KeyEvent e) {
        if (vm.file().loadingProperty().get()) {
            whileLoading(e);
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        if (e.getCode() != KeyCode.UNDEFINED && current != null && current.onKey(e)) {
            e.consume();
            return;
        }
        boolean inText = stage.getScene().getFocusOwner() instanceof TextInputControl;
        for (Shortcut s : shortcuts) {
            if (s.keys().match(e)) {
                if (inText && s.yieldsToTextFields()) {
                    return;
                }
                e.consume();
                s.action().run();
                return;
            }
        }
    }

    /**
     * While the data is read a shortcut waits and runs once the data is in; the list shown before
     * the calls takes its own keys ({@link ListFirst#keyForList}); any other key reaches no control
     * (it would land in a field about to change): typed text is kept for the field that then has
     * the focus ({@link TypedAhead}), and the status bar says which.
     */
    private void whileLoading(KeyEvent e) {
        Node focus = stage.getScene().getFocusOwner();
        boolean searchLive = ListFirst.listShown(vm) && ListFirst.searchHas(focus);
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            for (Shortcut s : shortcuts) {
                if (s.keys().match(e) && !(searchLive && s.yieldsToTextFields())) {
                    e.consume();
                    waiting.shortcut(s.action());
                    typedAhead.shortcutPressed();
                    vm.tell(s.keysText() + " (" + s.description() + ") will run once your data is loaded.");
                    return;
                }
            }
        }
        if (ListFirst.keyForList(e, vm, () -> pages.list().table(), focus, this::openWhenIn)) {
            return;
        }
        e.consume();
        String before = typedAhead.keptText();
        typedAhead.key(e);
        if (!typedAhead.keptText().equals(before)) {
            vm.tell(typedAhead.keptText());
        }
    }

    private void show(Page page) {
        PageView next = pages.create(page);
        PageView old = current;
        current = next;
        // Park the focus on the container first: when the focused node leaves the scene, JavaFX
        // would otherwise hand the focus to some button that a typed space then presses.
        content.requestFocus();
        content.getChildren().setAll(next.node());
        if (old != null && old != next && !pages.isKept(old)) {
            old.dispose();
        }
        // After the next pulse has laid the page out; earlier, the focus may not stick.
        Platform.runLater(() -> Platform.runLater(next::focusFirst));
    }

    /**
     * Keeps what the rep typed, then saves, remembers the window and releases the data off the
     * JavaFX thread, and closes the window when that is done ({@link WindowCloser}). Returns false
     * when the rep chose to stay (an unsaved plan), true when closing is under way.
     */
    public boolean close() {
        return close(() -> { }, () -> { });
    }

    /** What opens a new window on the store Settings > Team remembers (DesktopApp), or null. */
    public void setReopen(Runnable reopen) {
        this.reopen = reopen;
    }

    /**
     * Closes this window as on quitting (the data saved and released) and opens a new one on the
     * store Settings > Team remembers. False when it cannot (no reopen wired, or the rep chose to
     * stay with an unsaved plan): then the choice takes effect at the next start.
     */
    private boolean switchStore() {
        if (reopen == null) {
            return false;
        }
        // Between closing this window and showing the next, JavaFX must not take "no window" for "quit".
        boolean exitsWithLastWindow = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        Runnable restore = () -> Platform.setImplicitExit(exitsWithLastWindow);
        boolean closing = close(() -> {
            reopen.run();
            restore.run();
        }, restore);
        if (!closing) {
            restore.run();
        }
        return closing;
    }

    private boolean close(Runnable afterClosed, Runnable stayed) {
        if (closer.isClosing()) {
            return true;
        }
        if (current != null && !current.canLeave()) {
            return false;
        }
        if (current != null && !pages.isKept(current)) {
            current.dispose();
            current = null;
        }
        stage.getScene().getRoot().setDisable(true);
        vm.tell(CLOSING);
        closer.close(remembered.atClose(), () -> {
            closed();
            afterClosed.run();
        }, () -> {
            vm.tell("");
            stage.getScene().getRoot().setDisable(false);
            show(vm.pageProperty().get());
            stayed.run();
        });
        return true;
    }

    private void closed() {
        io.shutdown();
        stage.close();
    }

    private void quit() {
        closer.quit(() -> {
            closed();
            services.onExit().run();
        });
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Runs {@code work} once, after the data is first laid out in this window. */
    public void afterFirstData(Runnable work) {
        firstFrames.afterFirstData(work);
    }

    /**
     * Shows the window. Its first frame has the data when it was read while the window was built
     * (small data); otherwise the data is read once that frame is laid out ({@link FirstFrames}).
     */
    public void show() {
        firstFrames.show();
    }
}
