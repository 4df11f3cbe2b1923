package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.export.ExportMenu;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the pages reached from the sidebar and the data going in and out, through the real main
 * window: Today shows the day's call, a card dragged on the pipeline changes the prospect's
 * stage, Reports show the hit rates, the import wizard opens from the prospect list, and a call
 * is exported to the calendar. File choosers answer from a script (a native dialog cannot be
 * driven headless).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowPagesTest {
    private final Prospect acme = TestData.prospect("Acme Logistics", StageModel.DISCOVERY);
    private final Prospect globex = TestData.prospect("Globex", StageModel.EVALUATION);
    /** Today (Monday 3 March 2025) at 14:00. */
    private final CallPlan todaysCall = TestData.call(acme, TestData.NOW.withHour(14),
            "Dana brings the CFO to a demo by Friday", "Dana shares last year's figures by Thursday");
    /** Last week, reviewed: an advance, stretch met. */
    private final CallPlan reviewed = TestData.call(globex, TestData.NOW.minusDays(7),
            "The CIO commits a team to a pilot by March 20", "Ravi sends the requirements by Friday")
            .withOutcome(new CallOutcome(OutcomeType.ADVANCE, true, false, "", StageModel.EVALUATION, null,
                    TestData.NOW.toLocalDate().minusDays(7)));
    private final InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(acme)
            .withProspect(globex).withCall(todaysCall).withCall(reviewed));

    @TempDir
    Path exports;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, TestServices.inMemory(storage, n -> PlannerData.empty(), TestData.clock())
                .withDialogs(ScriptedFileDialogs.over(fixture("generic-prospects.csv"), exports)));
        window.show();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(MainWindowPagesTest.class.getResource("/com/salescallplanner/store/crm/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Prospect current(Prospect p) {
        return window.workspace().data().prospect(p.id()).orElseThrow();
    }

    /** Today, Pipeline and Reports compute in the background: wait until the node shows up. */
    private static Node await(FxRobot robot, String query) throws TimeoutException {
        return awaitNode(() -> robot.lookup(query).tryQuery());
    }

    private static Node awaitText(FxRobot robot, String text) throws TimeoutException {
        return awaitNode(() -> robot.lookup((Labeled l) -> text.equals(l.getText())).tryQuery());
    }

    /**
     * The node the query found, from the same query that ended the wait: a list that recomputes
     * in the background may give its cells other items between two lookups (that raced on CI).
     */
    private static Node awaitNode(Supplier<Optional<Node>> query) throws TimeoutException {
        Node[] found = new Node[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            found[0] = query.get().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    @Test
    void todayPipelineAndReports_showTheRepsDataAndADraggedCardMovesTheDeal(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);

        // Today: the planned call, with its objectives
        robot.clickOn("#nav-today");
        awaitText(robot, "Acme Logistics · Acme Logistics deal");
        // The card fills its labels one after the other on the FX thread: wait for the objective too
        // rather than read it the moment the title appears (that raced on a slow CI machine).
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup((Labeled l) -> l.getText() != null
                && l.getText().contains("Stretch: Dana brings the CFO")).tryQuery().isPresent());

        // Pipeline: drag Acme from Discovery to Evaluation
        robot.clickOn("#nav-pipeline");
        Node card = awaitText(robot, "Acme Logistics");
        robot.drag(card, MouseButton.PRIMARY).dropTo(await(robot, "#column-" + StageModel.EVALUATION));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current(acme).stageId()).isEqualTo(StageModel.EVALUATION);

        // ... and the prospect list says so
        robot.clickOn("#nav-prospects");
        TableView<ProspectRow> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).filteredOn(r -> r.prospect().id().equals(acme.id()))
                .extracting(ProspectRow::stageName).containsExactly("Evaluation");

        // Reports: the hit rates of the reviewed call
        robot.clickOn("#nav-reports");
        TableView<?> rates = (TableView<?>) await(robot, "#hit-rate-table");
        // The cells are laid out a pulse or two after the items arrive: wait for the figure itself.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.from(rates)
                .lookup((Labeled l) -> "100% (1 of 1)".equals(l.getText())).tryQuery().isPresent());
    }

    @Test
    void importFromTheProspectList_addsTheFilesProspects_andShortcutIOpensTheWizardToo(FxRobot robot)
            throws Exception {
        Windows.awaitLoaded(window);
        robot.clickOn("#" + ImportExport.IMPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#chooseFile");
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getItems().size() == 3);
        // Before Import the wizard says what will happen, and nothing is said to be imported yet.
        Label summary = robot.lookup("#summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        assertThat(summary.getText()).isEqualTo("Will import 3, will update 0");
        assertThat(robot.lookup((Labeled l) -> l.getText() != null && l.getText().startsWith("Imported"))
                .tryQuery()).isEmpty();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class).getText())
                .startsWith("Imported 3 prospects, updated 0 from ");

        List<String> companies = window.workspace().data().prospects().stream().map(Prospect::company).toList();
        assertThat(companies).contains("Vandelay Industries", "Pendant Publishing", "Kramerica").hasSize(5);
        assertThat(robot.listWindows()).noneMatch(w -> w instanceof Stage s && "Import prospects".equals(s.getTitle()));

        robot.interact(stage::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.I).release(KeyCode.I, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        Stage wizard = (Stage) robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && "Import prospects".equals(s.getTitle())).findFirst().orElseThrow();
        robot.interact(wizard::close);
    }

    @Test
    void exportACallToTheCalendar_fromTheProspectPage_writesTheIcsFile(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        robot.interact(() -> window.viewModel().showProspect(acme.id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("." + ExportMenu.BUTTON_CLASS).queryAs(MenuButton.class));
        robot.clickOn("To calendar (.ics)...");

        Path ics = exports.resolve("acme-logistics-2025-03-03.ics");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(ics));
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("BEGIN:VEVENT").contains("SUMMARY:Sales call: Acme Logistics");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + StatusBar.NOTICE_ID)
                .queryLabeled().getText().equals("Saved acme-logistics-2025-03-03.ics."));
    }
}
