package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.RecordKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.UUID;

/**
 * Applies one queued edit on the server, in one transaction with the installation's sequence
 * number: an edit already applied (sent again after a lost answer) is skipped, so every edit
 * arrives once, and in order. An edit the server refuses (based on an old version, its record
 * removed elsewhere, not allowed) comes back with the server's version of the record, for the
 * rep to choose; the refusal also counts as handled, so the queue goes on.
 */
final class EditSender {
    enum Result { APPLIED, ALREADY_APPLIED, REFUSED }

    /** What came of sending; for a refusal, why and the record as the server has it (null body: none). */
    record Outcome(Result result, String reason, String theirBody, long theirVersion) {
        static final Outcome APPLIED = new Outcome(Result.APPLIED, "", null, 0);
        static final Outcome ALREADY = new Outcome(Result.ALREADY_APPLIED, "", null, 0);
    }

    private EditSender() {
    }

    /**
     * @throws SQLException only when the server could not be asked (unreachable, connection lost):
     *                      the edit stays queued
     */
    static Outcome send(Connection c, UUID device, Edit e) throws SQLException {
        c.setAutoCommit(false);
        try {
            long last = lockDevice(c, device);
            if (e.seq() <= last) {
                c.commit();
                return Outcome.ALREADY;
            }
            Savepoint before = c.setSavepoint();
            String refusal;
            try {
                refusal = apply(c, e);
            } catch (SQLException ex) {
                if (SqlErrors.unreachable(ex)) {
                    throw ex;
                }
                c.rollback(before);
                refusal = SqlErrors.firstLine(ex);
            }
            Outcome out = Outcome.APPLIED;
            if (refusal != null) {
                out = theirs(c, e.key(), refusal);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE devices SET last_seq = ?, seen_at = now() WHERE id = ?")) {
                ps.setLong(1, e.seq());
                ps.setObject(2, device);
                ps.executeUpdate();
            }
            c.commit();
            return out;
        } catch (SQLException ex) {
            rollbackQuietly(c);
            throw ex;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the pool discards a broken connection
            }
        }
    }

    private static long lockDevice(Connection c, UUID device) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO devices (id) VALUES (?) ON CONFLICT (id) DO NOTHING")) {
            ins.setObject(1, device);
            ins.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM devices WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, device);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("This planner's queue record on the server is not visible to this role.",
                            "42501");
                }
                return rs.getLong(1);
            }
        }
    }

    /** Null when applied, else why the server would not. */
    static String apply(Connection c, Edit e) throws SQLException {
        String table = table(e.key());
        String where = e.key().kind() == RecordKey.Kind.SETTINGS ? "owner = current_user"
                : "owner = current_user AND id = ?";
        if (e.removes()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + where
                    + " AND version = ?")) {
                int i = bindKey(ps, 1, e.key());
                ps.setLong(i, e.baseVersion());
                if (ps.executeUpdate() == 1 || !exists(c, e.key())) {
                    return null; // removed now, or already gone: either way it is gone
                }
                return "it was changed elsewhere after the version this removal was based on";
            }
        }
        if (e.baseVersion() == 0) {
            insert(c, e);
            return null;
        }
        String set = e.key().kind() == RecordKey.Kind.CALL ? "body = ?::jsonb, prospect_id = ?, version = ?"
                : "body = ?::jsonb, version = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + where)) {
            int i = 1;
            ps.setString(i++, e.body());
            if (e.key().kind() == RecordKey.Kind.CALL) {
                ps.setString(i++, e.prospectId());
            }
            ps.setLong(i++, e.newVersion());
            bindKey(ps, i, e.key());
            return ps.executeUpdate() == 1 ? null : "it was removed elsewhere";
        }
    }

    private static void insert(Connection c, Edit e) throws SQLException {
        String sql = switch (e.key().kind()) {
            case SETTINGS -> "INSERT INTO planners (body) VALUES (?::jsonb)";
            case PROSPECT -> "INSERT INTO prospects (id, body) VALUES (?, ?::jsonb)";
            case CALL -> "INSERT INTO calls (id, prospect_id, body) VALUES (?, ?, ?::jsonb)";
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (e.key().kind() != RecordKey.Kind.SETTINGS) {
                ps.setString(i++, e.key().id());
            }
            if (e.key().kind() == RecordKey.Kind.CALL) {
                ps.setString(i++, e.prospectId());
            }
            ps.setString(i, e.body());
            ps.executeUpdate();
        }
    }

    private static Outcome theirs(Connection c, RecordKey key, String reason) throws SQLException {
        String where = key.kind() == RecordKey.Kind.SETTINGS ? "owner = current_user" : "owner = current_user AND id = ?";
        try (PreparedStatement ps = c.prepareStatement("SELECT body::text, version FROM " + table(key) + " WHERE "
                + where)) {
            bindKey(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Outcome(Result.REFUSED, reason, rs.getString(1), rs.getLong(2))
                        : new Outcome(Result.REFUSED, reason, null, 0);
            }
        }
    }

    private static boolean exists(Connection c, RecordKey key) throws SQLException {
        return theirs(c, key, "").theirBody() != null;
    }

    private static int bindKey(PreparedStatement ps, int i, RecordKey key) throws SQLException {
        if (key.kind() == RecordKey.Kind.SETTINGS) {
            return i;
        }
        ps.setString(i, key.id());
        return i + 1;
    }

    private static String table(RecordKey key) {
        return switch (key.kind()) {
            case SETTINGS -> "planners";
            case PROSPECT -> "prospects";
            case CALL -> "calls";
        };
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the server rolls back by itself
        }
    }
}
