package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.FileState;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The prospect list shown before a large file's calls are read. Hands the prospects a large file gives before its calls ({@link PlannerStorage.Progress#prospectsRead})
 * to the window, and holds the reading thread until the list is laid out (a while at most): on a
 * two-core machine the reading of the rest and its garbage collection held the list up by about a
 * second (docs/performance.md). Posted to the JavaFX thread before the opening's own result, so
 * the list never shows these after the whole data.
 */
final class ListFirst {
    /** Said when the rep clicks the list shown before the calls are read. */
    static final String CALLS_COMING = "One moment: your calls are still being read. Enter or a double-click on a prospect"
            + " opens it as soon as they are in.";
    private static final Set<KeyCode> MOVES = EnumSet.of(KeyCode.UP, KeyCode.DOWN, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN,
            KeyCode.HOME, KeyCode.END);
    /** The longest the reading waits for the list to be laid out. */
    private static final long WAIT_SECONDS = 2;

    private ListFirst() {
    }

    /** What the status bar says once a double-click waits for the calls. */
    static String opensWhenIn(ProspectRow row) {
        return "\u201c" + row.prospect().company() + "\u201d opens as soon as your calls are in.";
    }

    /**
     * While the data is read the page is disabled, except the prospect list once it shows the
     * prospects read first: a click in its table selects, scrolls or sorts, a double-click on a
     * prospect is kept and handed to {@code openWhenIn} (it opens once the calls are in, as a
     * shortcut pressed meanwhile runs then), and any other click is refused with a word why (keys
     * wait in {@link MainWindow}, but for those of {@link #keyForList}).
     * Any other page (the sidebar still works) stays disabled: it would show an empty board or no
     * reports as if there were nothing.
     */
    static void guard(Node page, MainViewModel vm, Consumer<ProspectRow> openWhenIn) {
        FileState file = vm.file();
        page.disableProperty().bind(Bindings.createBooleanBinding(() -> file.loadingProperty().get()
                        && (file.prospectsFirstProperty().get() == null
                        || !vm.pageProperty().get().equals(new Page.Home(Section.PROSPECTS))),
                file.loadingProperty(), file.prospectsFirstProperty(), vm.pageProperty()));
        page.addEventFilter(MouseEvent.ANY, e -> {
            if (!file.loadingProperty().get()) {
                return;
            }
            boolean listShown = file.prospectsFirstProperty().get() != null;
            if (listShown && e.getClickCount() < 2 && inTable(e)) {
                return; // selects a row, scrolls, sorts by a column: nothing the calls are needed for
            }
            e.consume();
            ProspectRow row = listShown ? rowUnder(e) : null;
            if (row != null && e.getEventType() == MouseEvent.MOUSE_CLICKED && e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2) {
                openWhenIn.accept(row);
            } else if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getClickCount() < 2) {
                vm.tell(CALLS_COMING);
            }
        });
    }

    /**
     * A key pressed while the data is read, on the list shown before the calls are in: its search
     * takes typing as usual (the list filters at once), Down goes from it into the list and the
     * arrow and page keys move there, and Enter keeps the chosen prospect (in the search: the
     * chosen one, else the top match) for {@code openWhenIn}. True when the key was for the list
     * (then the window leaves it alone); false elsewhere, before the list shows, and for Tab.
     */
    static boolean keyForList(KeyEvent e, MainViewModel vm, Supplier<TableView<ProspectRow>> list, Node focus,
                              Consumer<ProspectRow> openWhenIn) {
        if (!listShown(vm)) {
            return false;
        }
        TableView<ProspectRow> table = list.get();
        boolean inSearch = searchHas(focus);
        if ((focus == table || inSearch) && e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.ENTER
                && !e.isShortcutDown()) {
            e.consume();
            ProspectRow chosen = table.getSelectionModel().getSelectedItem();
            ProspectRow row = chosen != null || !inSearch || table.getItems().isEmpty() ? chosen : table.getItems().get(0);
            if (row != null) {
                openWhenIn.accept(row);
            }
            return true;
        }
        if (inSearch) {
            return e.getCode() != KeyCode.TAB;
        }
        return focus == table && MOVES.contains(e.getCode()) && !e.isShortcutDown() && !e.isAltDown();
    }

    /** True while the list shows the prospects read before their calls. */
    static boolean listShown(MainViewModel vm) {
        return vm.file().prospectsFirstProperty().get() != null && vm.pageProperty().get().equals(new Page.Home(Section.PROSPECTS));
    }

    /** True when {@code focus} is the list's search. */
    static boolean searchHas(Node focus) {
        return focus != null && ProspectListView.SEARCH_ID.equals(focus.getId());
    }

    private static boolean inTable(MouseEvent e) {
        return under(e, TableView.class) != null;
    }

    /** The prospect of the list's row the mouse is on, or null. */
    private static ProspectRow rowUnder(MouseEvent e) {
        TableRow<?> r = under(e, TableRow.class);
        return r != null && !r.isEmpty() && r.getItem() instanceof ProspectRow p ? p : null;
    }

    /** The nearest node of {@code type} the mouse is on (the picked node or one around it), or null. */
    private static <T> T under(MouseEvent e, Class<T> type) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    /** Called on the reading thread. */
    static void show(PlannerData prospectsOnly, Consumer<PlannerData> to, Supplier<Scene> scene) {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            to.accept(prospectsOnly);
            Scene s = scene.get();
            if (s == null) {
                laidOut.countDown();
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                s.removePostLayoutPulseListener(once[0]);
                laidOut.countDown();
            };
            s.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        try {
            laidOut.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
