package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The New prospect dialog shows its labels whole ("Company *", never "Comp..."). */
@ExtendWith(ApplicationExtension.class)
class NewProspectDialogFxTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        InMemoryStorage storage = new InMemoryStorage(PlannerData.empty());
        window = Windows.showing(stage, storage);
    }

    @Test
    void everyLabelOfTheDialog_showsItsWholeText(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        keys(robot, KeyCode.SHORTCUT, KeyCode.N);
        List<Label> labels = robot.lookup(n -> n instanceof Label l && l.getLabelFor() != null
                && l.getLabelFor().getId() != null && l.getLabelFor().getId().startsWith("form-")).queryAllAs(Label.class)
                .stream().toList();
        assertThat(labels).extracting(Label::getText).contains("Company *", "Deal");
        for (Label label : labels) {
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as("what the rep reads of '%s'", label.getText()).isEqualTo(label.getText());
            assertThat(label.getWidth()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
        keys(robot, KeyCode.ESCAPE);
    }
}
