package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.KeyCatalogue;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help, opened with F1 in the real window, lists every key the window binds. */
@ExtendWith(ApplicationExtension.class)
class HelpListsEveryKeyTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        InMemoryStorage storage = new InMemoryStorage(PlannerData.empty().withProspect(
                TestData.prospect("Acme", com.salescallplanner.domain.StageModel.DISCOVERY)));
        window = new MainWindow(s, TestServices.inMemory(storage, n -> PlannerData.empty(), TestData.clock()));
        window.show();
    }

    @Test
    void help_listsEveryShortcutOfTheWindow_andEveryKeyOfThePages(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        keys(robot, KeyCode.F1);
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.HELP));
        List<String> rows = robot.lookup("." + HelpView.KEY_CLASS).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        Set<String> listed = rows.stream().flatMap(r -> Arrays.stream(r.split(" / "))).collect(Collectors.toSet());

        assertThat(window.shortcuts()).as("the window binds shortcuts").hasSizeGreaterThan(10);
        for (Shortcut s : window.shortcuts()) {
            assertThat(listed).as("Help lists %s (%s)", s.keysText(), s.description()).contains(s.keysText());
        }
        for (KeyCombination k : stage.getScene().getAccelerators().keySet()) {
            assertThat(listed).as("Help lists the accelerator %s", k).contains(k.getDisplayText());
        }
        for (KeyCatalogue.Entry e : KeyCatalogue.all()) {
            assertThat(rows).as("Help lists %s", e.description()).contains(e.displayText());
        }
        // Each key shown whole, left of its description (a long one overlapped "Redo").
        for (Label key : robot.lookup("." + HelpView.KEY_CLASS).queryAllAs(Label.class)) {
            GridPane grid = (GridPane) key.getParent();
            Integer row = GridPane.getRowIndex(key);
            Node description = grid.getChildren().stream().filter(n -> n != key && row.equals(GridPane.getRowIndex(n)))
                    .findFirst().orElseThrow();
            assertThat(key.getWidth()).as(key.getText()).isGreaterThanOrEqualTo(key.prefWidth(-1) - 0.5);
            assertThat(key.getBoundsInParent().getMaxX()).as(key.getText())
                    .isLessThanOrEqualTo(description.getBoundsInParent().getMinX());
        }
        // The keys the issue found missing (Shortcut+Tab, F2, Delete, Shortcut+Enter).
        for (String k : List.of("Shortcut+Tab", "F2", "Delete", "Shortcut+Enter", "Shortcut+Left", "Shortcut+P")) {
            assertThat(listed).contains(KeyCombination.keyCombination(k).getDisplayText());
        }
    }
}
