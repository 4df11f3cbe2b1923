package com.salescallplanner.store.team;

import com.salescallplanner.domain.PlannerData;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The manager's side of a team database, read and written on the server directly (coaching
 * needs the server anyway): the team's planners and the coaching notes. Row-level security
 * decides what each role gets.
 */
public final class TeamCoaching {
    private final DataSource pool;
    private final TeamUrl url;

    TeamCoaching(DataSource pool, TeamUrl url) {
        this.pool = pool;
        this.url = url;
    }

    /** A manager's team: each rep's planner, read from the server now. */
    public Map<String, PlannerData> teamPlanners() throws TeamException {
        try (Connection c = pool.getConnection()) {
            return Coaching.teamPlanners(c);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, url);
        }
    }

    /** The coaching notes on a call of {@code rep} (the rep themselves, or their manager), oldest first. */
    public List<TeamNote> notes(String rep, String callId) throws TeamException {
        try (Connection c = pool.getConnection()) {
            return Coaching.notes(c, rep, callId);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, url);
        }
    }

    /** A manager's coaching note on a call of one of their reps; the server refuses anyone else. */
    public void addNote(String rep, String callId, String text) throws TeamException {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A coaching note needs some text.");
        }
        try (Connection c = pool.getConnection()) {
            Coaching.addNote(c, rep, callId, text.strip());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, url);
        }
    }
}
