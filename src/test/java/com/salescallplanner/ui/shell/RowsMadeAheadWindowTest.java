package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectActions;
import com.salescallplanner.ui.prospects.ProspectListViewModel;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner large enough for its list rows to be made on the reading thread (PageFactory.madeAhead):
 * the list in the real window shows every prospect with what its calls tell, in the usual order,
 * as the rows made on the JavaFX thread do.
 */
@ExtendWith(ApplicationExtension.class)
class RowsMadeAheadWindowTest {
    private final PlannerData data = SampleGenerator.generate(PageFactory.ROWS_AHEAD_FROM + 100, 6_000, 7, NOW);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(data), n -> data, TestData.clock()));
        window.show();
    }

    @Test
    void largePlannerOpened_listShowsEveryRowWithItsCalls_inTheUsualOrder(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ProspectRow> table = robot.lookup("#" + ProspectListView.TABLE_ID).queryAs(TableView.class);

        Workspace alone = TestData.workspace(data); // the rows as the JavaFX thread makes them itself
        List<ProspectRow> expected = new ProspectListViewModel(alone,
                new ProspectActions(new WorkspaceEditor(alone, new FakeDialogs())), new RecordingNavigator()).rows();
        assertThat(table.getItems()).hasSize(expected.size());
        assertThat(table.getItems()).extracting(r -> r.prospect().id()).containsExactlyElementsOf(
                expected.stream().map(r -> r.prospect().id()).toList());
        assertThat(table.getItems()).extracting(ProspectRow::flagText)
                .containsExactlyElementsOf(expected.stream().map(ProspectRow::flagText).toList());
        assertThat(table.getItems()).anyMatch(r -> r.nextCall() != null).anyMatch(r -> !r.flagText().isEmpty());
    }
}
