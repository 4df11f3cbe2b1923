package com.salescallplanner.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.port.TeamPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Team page's view model over a team kept in memory; the "server" answers at once. */
class TeamViewModelTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    /** A manager's team in memory; notes are kept per call. */
    static final class MemoryTeam implements TeamPort {
        final Map<String, PlannerData> planners;
        final List<String[]> notes = new ArrayList<>();
        boolean away;

        MemoryTeam(Map<String, PlannerData> planners) {
            this.planners = planners;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public boolean manager() {
            return true;
        }

        @Override
        public String me() {
            return "maria";
        }

        @Override
        public Map<String, PlannerData> teamPlanners() {
            if (away) {
                throw new TeamProblem("The team database cannot be reached.", null);
            }
            return planners;
        }

        @Override
        public List<CoachingNote> notes(String rep, CallId call) {
            return notes.stream().filter(n -> n[0].equals(rep) && n[1].equals(call.value()))
                    .map(n -> new CoachingNote("maria", n[2], Instant.EPOCH)).toList();
        }

        @Override
        public void addNote(String rep, CallId call, String text) {
            notes.add(new String[] {rep, call.value(), text});
        }

        @Override
        public List<RecordConflict> conflicts() {
            return List.of();
        }

        @Override
        public PlannerData settle(String key, Choice choice, Set<String> fromTheirs) {
            throw new UnsupportedOperationException();
        }
    }

    private static PlannerData oneCall(String conservative) {
        Prospect p = Prospect.create("Acme", "", StageModel.DISCOVERY, LocalDate.of(2026, 2, 20));
        CallPlan c = CallPlan.draft(p.id(), NOW.plusDays(1), Duration.ofMinutes(30), StageModel.DISCOVERY)
                .withObjective(Objective.of(Level.STRETCH, "The CFO brings her IT team to a workshop next Tuesday"))
                .withObjective(Objective.of(Level.CONSERVATIVE, conservative));
        return PlannerData.empty().withProspect(p).withCall(c);
    }

    private static TeamViewModel vm(TeamPort team) {
        return new TeamViewModel(team, Clock.fixed(NOW.toInstant(), NOW.getZone()), Runnable::run, Runnable::run);
    }

    @Test
    void load_listsTheTeamsCallsAndSaysHowMany() {
        TeamViewModel vm = vm(new MemoryTeam(Map.of("ana", oneCall("Anna introduces us to IT by Friday"),
                "ben", oneCall(""))));
        vm.load();
        assertThat(vm.rows()).extracting(TeamCalls.Row::rep).containsExactly("ben", "ana");
        assertThat(vm.statusProperty().get()).isEqualTo("2 upcoming calls of 2 reps");
        assertThat(vm.figures()).extracting(TeamFigures.Row::who).containsExactlyInAnyOrder("ana", "ben", "Team");
        assertThat(vm.figures().get(2).who()).isEqualTo("Team");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void addNote_onTheSelectedCall_showsItAndEmptiesTheField() {
        MemoryTeam team = new MemoryTeam(Map.of("ana", oneCall("")));
        TeamViewModel vm = vm(team);
        vm.load();
        vm.selectedProperty().set(vm.rows().get(0));
        vm.newNoteProperty().set("  Is that really the least they must commit to?  ");
        vm.addNote();
        assertThat(vm.notes()).extracting(TeamPort.CoachingNote::text)
                .containsExactly("Is that really the least they must commit to?");
        assertThat(vm.newNoteProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("ana's call with Acme");
    }

    @Test
    void addNote_blankOrNothingSelected_addsNothing() {
        MemoryTeam team = new MemoryTeam(Map.of("ana", oneCall("")));
        TeamViewModel vm = vm(team);
        vm.load();
        vm.newNoteProperty().set("A note");
        vm.addNote();
        vm.selectedProperty().set(vm.rows().get(0));
        vm.newNoteProperty().set("   ");
        vm.addNote();
        assertThat(team.notes).isEmpty();
    }

    @Test
    void load_serverAway_saysSoAndListsNothing() {
        MemoryTeam team = new MemoryTeam(Map.of("ana", oneCall("")));
        team.away = true;
        TeamViewModel vm = vm(team);
        vm.load();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("The team database cannot be reached.");
    }
}
