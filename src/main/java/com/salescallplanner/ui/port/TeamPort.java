package com.salescallplanner.ui.port;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.PlannerData;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The window's view of a team database, beside {@link PlannerStorage}: the manager's team, the
 * coaching notes, and the edits the server refused because the record changed elsewhere. On a
 * data folder there is no team ({@link #NONE}). Every method but {@link #available()},
 * {@link #manager()} and {@link #me()} may block on the server: call them off the JavaFX thread.
 * They throw {@link TeamProblem} with a sentence for the rep when the server refuses or is away.
 */
public interface TeamPort {
    /** Whether the window is on a team database at all. */
    boolean available();

    /** Whether the logged-in role is a manager (reads the team's plans, writes coaching notes). */
    boolean manager();

    /** The logged-in role's name. */
    String me();

    /** A manager's team: each rep's planner, by the rep's name. */
    Map<String, PlannerData> teamPlanners();

    /** The coaching notes on one of {@code rep}'s calls, oldest first. */
    List<CoachingNote> notes(String rep, CallId call);

    /** A manager's note on one of their rep's calls. */
    void addNote(String rep, CallId call, String text);

    /** The edits the server refused, each waiting for the rep's choice. */
    List<RecordConflict> conflicts();

    /**
     * Settles a conflict: keep mine, take theirs, or mine with {@code fromTheirs} fields taken
     * from theirs. Returns the planner as it is now, for the workspace.
     */
    PlannerData settle(String key, Choice choice, Set<String> fromTheirs);

    /** Called (on any thread) when the server refuses another edit: a new conflict to settle. */
    default void setConflictListener(Runnable listener) {
    }

    enum Choice { KEEP_MINE, TAKE_THEIRS, MERGE }

    /** A note a manager wrote on a call. */
    record CoachingNote(String author, String text, Instant writtenAt) {
    }

    /**
     * A record changed here and elsewhere: what it is ("Prospect Acme"), why the server refused,
     * and the fields that differ (empty when one side removed it).
     */
    record RecordConflict(String key, String title, String reason, List<FieldDifference> fields) {
    }

    record FieldDifference(String field, String mine, String theirs) {
    }

    /** The server refused or could not be reached; the message says which, for the rep. */
    class TeamProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TeamProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** No team database: the window on a data folder. */
    TeamPort NONE = new TeamPort() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public boolean manager() {
            return false;
        }

        @Override
        public String me() {
            return "";
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
            throw new TeamProblem("Coaching notes need a team database.", null);
        }

        @Override
        public List<RecordConflict> conflicts() {
            return List.of();
        }

        @Override
        public PlannerData settle(String key, Choice choice, Set<String> fromTheirs) {
            throw new TeamProblem("There is nothing to settle without a team database.", null);
        }
    };
}
