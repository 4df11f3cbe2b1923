package com.salescallplanner.ui.shell;

import static com.salescallplanner.ui.shell.KeyboardStoryTest.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import javafx.print.Printer;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Shortcut+P on Reports prints the report, or says in the status bar why it cannot; never nothing. */
@ExtendWith(ApplicationExtension.class)
class ReportsPrintKeyFxTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        InMemoryStorage storage = new InMemoryStorage(PlannerData.empty()
                .withProspect(TestData.prospect("Acme", StageModel.DISCOVERY)));
        window = Windows.showing(stage, storage);
    }

    @Test
    void shortcutP_onReports_withoutAPrinter_saysWhyInTheStatusBar_andStaysOnReports(FxRobot robot) throws Exception {
        // With a printer the system's print dialog would open and wait for a person.
        assumeTrue(Printer.getDefaultPrinter() == null, "this machine has a printer");
        Windows.awaitLoaded(window);
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT4);
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.REPORTS));
        Label notice = robot.lookup("#" + StatusBar.NOTICE_ID).queryAs(Label.class);
        assertThat(notice.getText()).isEmpty();

        keys(robot, KeyCode.SHORTCUT, KeyCode.P);

        assertThat(notice.getText()).startsWith("No printer is set up on this computer, so the report cannot be printed");
        assertThat(window.viewModel().pageProperty().get()).isEqualTo(new Page.Home(Section.REPORTS));
    }
}
