package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.port.InMemoryStorage;
import com.salescallplanner.ui.port.TeamPort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team database whose server refused an edit of Acme (changed on another
 * machine): the conflict dialog opens by itself, the rep merges field by field, and the
 * workspace gets the record as settled.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final Prospect ACME = Prospect.create("Acme", "Pilot", StageModel.DISCOVERY,
            LocalDate.of(2026, 2, 2)).withNotes("Mine");
    private final PlannerData mine = PlannerData.empty().withProspect(ACME);
    private final List<String> settled = new CopyOnWriteArrayList<>();
    private MainWindow window;

    /** A team database with one conflict waiting; settling records the choice and returns the merge. */
    private final class OneConflict implements TeamPort {
        private volatile boolean open = true;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public boolean manager() {
            return false;
        }

        @Override
        public String me() {
            return "ana";
        }

        @Override
        public Map<String, PlannerData> teamPlanners() {
            return Map.of();
        }

        @Override
        public List<CoachingNote> notes(String rep, CallId call) {
            return List.of();
        }

        @Override
        public void addNote(String rep, CallId call, String text) {
        }

        @Override
        public List<RecordConflict> conflicts() {
            return open ? List.of(new RecordConflict("prospect:" + ACME.id().value(), "Prospect Acme",
                    "it was changed elsewhere", List.of(new FieldDifference("dealName", "Pilot", "Rollout"),
                    new FieldDifference("notes", "Mine", "Theirs")))) : List.of();
        }

        @Override
        public PlannerData settle(String key, Choice choice, Set<String> fromTheirs) {
            settled.add(choice + " " + fromTheirs);
            open = false;
            return mine.withProspect(ACME.withNotes("Theirs"));
        }
    }

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
        window = new MainWindow(stage, TestServices.inMemory(new InMemoryStorage(mine), now -> mine, clock)
                .withTeam(new OneConflict()));
        window.show();
    }

    @Test
    void conflict_mergeTheTickedField_workspaceGetsTheSettledRecord(FxRobot robot) throws Exception {
        Windows.awaitLoaded(window);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#take-theirs-notes").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Prospect Acme was changed elsewhere too: it was changed elsewhere.");
        robot.clickOn("#take-theirs-notes");
        robot.clickOn("Merge the ticked fields");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.workspace().data().prospect(ACME.id()).orElseThrow().notes().equals("Theirs"));
        assertThat(settled).containsExactly("MERGE [notes]");
        assertThat(window.workspace().data().prospect(ACME.id()).orElseThrow().dealName()).isEqualTo("Pilot");
    }
}
