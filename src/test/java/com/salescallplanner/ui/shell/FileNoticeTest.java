package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.port.InMemoryStorage;

import javafx.scene.Node;
import javafx.stage.Stage;

import atlantafx.base.controls.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the store says about a file it opened (converted from an older format) shows until dismissed. */
@ExtendWith(ApplicationExtension.class)
class FileNoticeTest {
    private static final String NOTICE = "planner.json was in the format of an older version (1) and was converted.";
    private final PlannerData data = PlannerData.empty().withProspect(TestData.prospect("Acme", StageModel.DISCOVERY));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(data).openWithNotice(NOTICE),
                n -> data, TestData.clock()));
        window.show();
    }

    @Test
    void convertedFile_showsTheNoteUntilTheRepClosesIt(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        Message notice = robot.lookup("#" + FileBanner.NOTICE_ID).queryAs(Message.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getDescription()).isEqualTo(NOTICE);
        assertThat(robot.lookup("#" + FileBanner.READ_ONLY_ID).queryAs(Message.class).isVisible()).isFalse();

        Node close = robot.from(notice).lookup(".close-button").query();
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notice.isVisible()).isFalse();
        assertThat(window.workspace().readOnlyProperty().get()).isFalse();
    }
}
