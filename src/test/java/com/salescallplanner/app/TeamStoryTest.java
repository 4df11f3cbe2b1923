package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.team.PostgresExtension;
import com.salescallplanner.store.team.TeamFixture;
import com.salescallplanner.store.team.TeamSync;
import com.salescallplanner.ui.call.CallModeView;
import com.salescallplanner.ui.detail.ProspectDetailView;
import com.salescallplanner.ui.plan.PlanEditorView;
import com.salescallplanner.ui.review.ReviewView;
import com.salescallplanner.ui.shell.MainWindow;
import com.salescallplanner.ui.team.CoachingNotesPane;
import com.salescallplanner.ui.team.TeamCalls;
import com.salescallplanner.ui.team.TeamView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manager and two reps on one real PostgreSQL server, each in the window as the app wires it
 * for {@code --server URL} (passwords from a pgpass file, as a rep's ~/.pgpass): ana plans a
 * call in the window; maria, the manager, finds it on her Team page beside ben's and coaches;
 * ana sees the note in the plan editor and in call mode, holds the call and reviews it.
 */
@ExtendWith(ApplicationExtension.class)
class TeamStoryTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    private static TeamFixture team;
    @TempDir
    static Path dir;

    private Stage first;

    @BeforeAll
    static void setUpTeam() throws Exception {
        team = new TeamFixture(PG.server(), "story");
        team.init();
        team.addRep("ana", "maria");
        team.addRep("ben", "maria");
        Path pgpass = dir.resolve("pgpass");
        StringBuilder lines = new StringBuilder();
        for (String role : new String[] {"ana", "ben", "maria"}) {
            lines.append("127.0.0.1:").append(PG.server().port()).append(':').append(team.database()).append(':')
                    .append(role).append(':').append(team.password(role)).append('\n');
        }
        Files.writeString(pgpass, lines);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        // ben planned a call whose conservative objective is no commitment at all
        try (TeamSync ben = new TeamSync(team.connector("ben"), dir.resolve("ben"))) {
            PlannerData d = ben.open().data();
            Prospect globex = Prospect.create("Globex", "", StageModel.DISCOVERY, LocalDate.now().minusDays(3));
            CallPlan c = CallPlan.draft(globex.id(), ZonedDateTime.now().plusDays(2), Duration.ofMinutes(30),
                    StageModel.DISCOVERY).withObjective(Objective.of(Level.STRETCH,
                    "The CFO brings her IT team to a technical workshop next Tuesday"))
                    .withObjective(Objective.of(Level.CONSERVATIVE, "build rapport"));
            ben.save(d.withProspect(globex).withCall(c));
            assertThat(ben.awaitSent(Duration.ofSeconds(30))).isTrue();
        }
    }

    @AfterAll
    static void forgetPgpass() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Start
    void start(Stage s) {
        first = s;
    }

    /** A window as the app wires it for {@code --server URL}, on the rep's own machine folder. */
    private record Opened(MainWindow window, Node root) {
    }

    private Opened open(FxRobot robot, String role) throws Exception {
        Path folder = dir.resolve(role + "-machine");
        Opened[] w = new Opened[1];
        robot.interact(() -> {
            Stage stage = first.getScene() == null ? first : new Stage();
            MainWindow window = new MainWindow(stage, noToolkitExit(DesktopWiring.services(folder, team.url(role).toUri(),
                    new PropertiesSettingsStore(folder), com.salescallplanner.domain.check.WordTagger.NONE)));
            window.show();
            w[0] = new Opened(window, stage.getScene().getRoot());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !w[0].window().viewModel().file().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    /**
     * The app's wiring, except that quitting (a team login refused offers only Quit) closes the
     * window without ending the JavaFX toolkit: every later test in this JVM shares it, and a full
     * run once hung here waiting for it.
     */
    private static com.salescallplanner.ui.shell.DesktopServices noToolkitExit(
            com.salescallplanner.ui.shell.DesktopServices real) {
        return real.withOnExit(() -> { });
    }

    private static String saveStatus(FxRobot robot, Node root) {
        return robot.from(root).lookup("#save-status").queryAs(Label.class).getText();
    }

    private static void close(FxRobot robot, Node root) throws Exception {
        // The queue is sent within moments while the server answers: wait for it, as a rep would see it.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> saveStatus(robot, root).contains("all edits sent")
                || saveStatus(robot, root).startsWith("Read-only"));
        Stage stage = (Stage) root.getScene().getWindow();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    @Test
    void rep_withNoPasswordInPgpass_typesItInTheWindowsPrompt(FxRobot robot) throws Exception {
        team.addRep("cid", "maria");
        Path folder = dir.resolve("cid-machine");
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = first.getScene() == null ? first : new Stage();
            w[0] = new MainWindow(stage, noToolkitExit(DesktopWiring.services(folder, team.url("cid").toUri(),
                    new PropertiesSettingsStore(folder), com.salescallplanner.domain.check.WordTagger.NONE)));
            w[0].show();
        });
        // The prompt's window shows, and is laid out, a moment after its field is made: wait for what the rep
        // can click, by the robot's own test of visible (inside its scene's bounds), which clickOn applies.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + com.salescallplanner.ui.shell.FxDialogService.SECRET_FIELD_ID)
                .match((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + com.salescallplanner.ui.shell.FxDialogService.SECRET_FIELD_ID).write(team.password("cid"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !w[0].viewModel().file().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w[0].viewModel().file().readOnlyReasonProperty().get()).isEmpty();
        assertThat(w[0].viewModel().file().saveDetailProperty().get()).isEqualTo("Team database: all edits sent");
        close(robot, ((Stage) robot.lookup("#save-status").queryAs(Label.class).getScene().getWindow()).getScene()
                .getRoot());
    }

    @Test
    void managerAndTwoReps_planCoachAndReviewACallTogether(FxRobot robot) throws Exception {
        // ana plans a call with Acme in her window
        Opened anaWindow = open(robot, "ana");
        MainWindow ana = anaWindow.window();
        Node anaRoot = anaWindow.root();
        assertThat(saveStatus(robot, anaRoot)).contains("Team database");
        robot.clickOn(robot.from(anaRoot).lookup("#first-run-add").queryButton());
        robot.clickOn("#form-company").write("Acme Logistics");
        robot.clickOn("OK");
        // On a loaded machine the pages take a moment: wait for what a rep would wait for.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(anaRoot).lookup("#" + ProspectDetailView.PLAN_ID)
                .tryQuery().isPresent());
        robot.clickOn(robot.from(anaRoot).lookup("#" + ProspectDetailView.PLAN_ID).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#stretch-objective").tryQuery().isPresent());
        robot.clickOn("#stretch-objective").write("The CIO commits the integration team to a pilot by June 1");
        robot.clickOn("#conservative-objective").write("Ravi sends us the process documentation by Friday");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + PlanEditorView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        CallPlan planned = ana.viewModel().workspace().data().calls().get(0);
        close(robot, anaRoot);

        // maria, the manager, sees both reps' calls, ben's first (no conservative commitment), and coaches ana
        Opened mariaWindow = open(robot, "maria");
        MainWindow maria = mariaWindow.window();
        Node mariaRoot = mariaWindow.root();
        assertThat(maria.viewModel().file().readOnlyReasonProperty().get()).contains("manager");
        robot.clickOn(robot.from(mariaRoot).lookup("#nav-team").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(mariaRoot).lookup("#" + TeamView.TABLE_ID)
                .tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<TeamCalls.Row> calls = robot.from(mariaRoot).lookup("#" + TeamView.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> calls.getItems().size() == 2);
        assertThat(calls.getItems()).extracting(TeamCalls.Row::rep).containsExactly("ben", "ana");
        assertThat(calls.getItems().get(0).attentionText()).contains("No conservative commitment");
        assertThat(calls.getItems().get(1).call().conservative().text())
                .isEqualTo("Ravi sends us the process documentation by Friday");
        robot.interact(() -> calls.getSelectionModel().select(1));
        robot.clickOn("#" + TeamView.NOTE_ID).write("Is Friday realistic? Ask who else must sign off.");
        robot.clickOn("#" + TeamView.ADD_NOTE_ID);
        ListView<?> notes = robot.from(mariaRoot).lookup("#" + TeamView.NOTES_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> notes.getItems().size() == 1);
        close(robot, mariaRoot);

        // ana reads the note in the plan editor and in call mode, holds the call and reviews it
        Opened againWindow = open(robot, "ana");
        MainWindow again = againWindow.window();
        Node againRoot = againWindow.root();
        robot.interact(() -> again.viewModel().editCall(planned.id()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(againRoot).lookup("#" + CoachingNotesPane.ID)
                .queryAs(Node.class).isVisible());
        assertThat(robot.from(againRoot).lookup("#" + CoachingNotesPane.ID).lookup(".label").queryAs(Label.class)
                .getText()).isEqualTo("Coaching from maria: Is Friday realistic? Ask who else must sign off.");
        robot.clickOn("#" + PlanEditorView.START_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(againRoot).lookup("#" + CallModeView.TIMER_ID)
                .tryQuery().isPresent() && robot.from(againRoot).lookup("#" + CoachingNotesPane.ID).queryAs(Node.class)
                .isVisible());
        robot.type(javafx.scene.input.KeyCode.DIGIT2);
        robot.clickOn("#" + CallModeView.FINISH_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ReviewView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.viewModel().workspace().data().call(planned.id()).orElseThrow().isReviewed()).isTrue();
        close(robot, againRoot);

        try (Connection admin = PG.server().admin(team.database()); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT outcome FROM planner.calls WHERE owner = 'ana' AND id = '"
                     + planned.id().value() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the review reached the server").isNotNull();
        }
    }

    @Test
    void rep_onTheDataFolder_switchesToTheTeamDatabaseInSettings_withoutRestarting(FxRobot robot) throws Exception {
        Path folder = dir.resolve("ben-laptop");
        PropertiesSettingsStore settings = new PropertiesSettingsStore(folder);
        MainWindow[] w = new MainWindow[1];
        Stage[] s = new Stage[1];
        robot.interact(() -> {
            s[0] = first.getScene() == null ? first : new Stage();
            w[0] = com.salescallplanner.ui.shell.DesktopApp.open(s[0], () -> noToolkitExit(DesktopWiring.services(folder,
                    null, settings, com.salescallplanner.domain.check.WordTagger.NONE)), () -> noToolkitExit(
                    DesktopWiring.remembered(folder, settings, com.salescallplanner.domain.check.WordTagger.NONE).get()));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !w[0].viewModel().file().loadingProperty().get());
        Node root = s[0].getScene().getRoot();
        robot.clickOn(robot.from(root).lookup("#nav-settings").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(root).lookup("#"
                + com.salescallplanner.ui.shell.SettingsView.TEAM_URL_ID).tryQuery().isPresent());
        Node url = robot.from(root).lookup("#" + com.salescallplanner.ui.shell.SettingsView.TEAM_URL_ID).query();
        robot.interact(url::requestFocus); // the section is at the bottom: focusing scrolls to it
        robot.clickOn(url).write(team.url("ben").toUri());
        robot.clickOn(robot.from(root).lookup("#" + com.salescallplanner.ui.shell.SettingsView.TEAM_USE_ID)
                .queryAs(Node.class));

        // The folder's window closes and one on the team database opens with ben's data from the server.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !s[0].isShowing());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#save-status").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getScene().getWindow().isShowing() && l.getText().contains("Team database")));
        Label status = robot.lookup("#save-status").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene().getWindow().isShowing()).findFirst().orElseThrow();
        Node teamRoot = status.getScene().getRoot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(teamRoot).lookup("Globex").tryQuery()
                .isPresent());
        assertThat(TeamServerFile.read(folder)).as("the choice is kept for the next start too")
                .isEqualTo(team.url("ben").toUri());
        close(robot, teamRoot);
    }
}
