package com.salescallplanner.store.team;

import com.salescallplanner.domain.PlannerData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the manager reads and writes, straight on the server (no queue: coaching needs the
 * server anyway): the team's planners, and the coaching notes on calls. Row-level security
 * decides what each role gets; these statements ask for no more than the role may see.
 */
final class Coaching {
    private Coaching() {
    }

    /** Each rep of the team (not the managers) with their planner, in name order. */
    static Map<String, PlannerData> teamPlanners(Connection c) throws SQLException {
        List<String> reps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT role_name FROM reps WHERE NOT is_manager ORDER BY role_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reps.add(rs.getString(1));
            }
        }
        Map<String, PlannerData> out = new LinkedHashMap<>();
        for (String rep : reps) {
            out.put(rep, TeamReader.load(c, rep).data());
        }
        return out;
    }

    static List<TeamNote> notes(Connection c, String rep, String callId) throws SQLException {
        List<TeamNote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT author, note, written_at FROM coaching_notes "
                + "WHERE owner = ? AND call_id = ? ORDER BY written_at, id")) {
            ps.setString(1, rep);
            ps.setString(2, callId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TeamNote(rep, callId, rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }
            }
        }
        return out;
    }

    static void addNote(Connection c, String rep, String callId, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO coaching_notes (owner, call_id, note) VALUES (?, ?, ?)")) {
            ps.setString(1, rep);
            ps.setString(2, callId);
            ps.setString(3, text);
            ps.executeUpdate();
        }
    }
}
