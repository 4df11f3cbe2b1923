package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.Bodies;
import com.salescallplanner.store.edits.RecordKey;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.format.FormatException;
import com.salescallplanner.store.format.RecordJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads one rep's planner from the team database, with each record's version. A record whose
 * JSON the planner cannot read (changed by hand in SQL) is left out and named: it stays on the
 * server untouched, because saves write only the records that changed.
 */
final class TeamReader {
    private TeamReader() {
    }

    /** A rep's planner as the server has it. */
    record ServerState(PlannerData data, Map<RecordKey, Long> versions, List<String> unreadable) {
    }

    /** Who the connected role is in the team database. */
    record Member(String role, String team, boolean manager) {
    }

    static Member member(Connection c, TeamUrl url) throws SQLException, TeamException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.role_name, t.name, r.is_manager FROM reps r "
                + "JOIN teams t ON t.id = r.team_id WHERE r.role_name = current_user");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new TeamException(TeamException.Kind.REFUSED, url.user() + " is not in any team of "
                        + url.database() + ": the administrator adds them with 'team add-rep " + url.user() + "'.", null);
            }
            return new Member(rs.getString(1), rs.getString(2), rs.getBoolean(3));
        }
    }

    /** The rep's own planner: what {@code owner} is, row-level security already decides; this reads only one's own. */
    static ServerState load(Connection c, String owner) throws SQLException {
        Map<RecordKey, Long> versions = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        PlannerData settings = PlannerData.empty();
        try (PreparedStatement ps = c.prepareStatement("SELECT body::text, version FROM planners WHERE owner = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    versions.put(RecordKey.SETTINGS, rs.getLong(2));
                    try {
                        settings = Bodies.settings(rs.getString(1));
                    } catch (FormatException | RuntimeException e) {
                        unreadable.add("the stage model, ladder and learned phrasings (" + e.getMessage()
                                + "); the defaults are shown");
                    }
                }
            }
        }
        StageModel stages = settings.stages();
        CommitmentLadder ladder = settings.ladder();
        List<Prospect> prospects = new ArrayList<>();
        Set<ProspectId> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, body::text, version FROM prospects WHERE owner = ? ORDER BY position")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        Prospect p = RecordJson.prospect(rs.getString(2), stages);
                        prospects.add(p);
                        ids.add(p.id());
                        versions.put(RecordKey.prospect(rs.getString(1)), rs.getLong(3));
                    } catch (FormatException | RuntimeException e) {
                        unreadable.add("prospect " + rs.getString(1) + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        List<CallPlan> calls = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, body::text, version FROM calls WHERE owner = ? ORDER BY position")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        calls.add(RecordJson.call(rs.getString(2), stages, ids));
                        versions.put(RecordKey.call(rs.getString(1)), rs.getLong(3));
                    } catch (FormatException | RuntimeException e) {
                        unreadable.add("call " + rs.getString(1) + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        return new ServerState(PlannerData.of(stages, ladder, prospects, calls, settings.learned()), versions,
                unreadable);
    }

    /** The sequence number of the last edit the server applied from this planner installation, 0 if none. */
    static long lastApplied(Connection c, UUID device) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM devices WHERE id = ?")) {
            ps.setObject(1, device);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
