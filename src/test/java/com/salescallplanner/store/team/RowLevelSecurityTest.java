package com.salescallplanner.store.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who sees what, enforced by the server: each rule tried from the wrong role through plain JDBC,
 * as a rep with a SQL console and their own credentials would. Team maria: reps ana and ben;
 * team zoe: rep carl.
 */
class RowLevelSecurityTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();

    private static TeamFixture team;

    @BeforeAll
    static void setUp() throws Exception {
        team = new TeamFixture(PG.server(), "rls");
        team.init();
        team.addRep("ana", "maria");
        team.addRep("ben", "maria");
        team.addRep("carl", "zoe");
        try (Connection ana = team.connect("ana")) {
            insertProspect(ana, "p-ana", "Acme");
            insertCall(ana, "c-ana", "p-ana");
        }
        try (Connection maria = team.connect("maria")) {
            note(maria, "ana", "c-ana", "Is that really the least they must commit to?");
        }
    }

    @Test
    void rep_anotherRepsRows_readsNone() throws SQLException {
        try (Connection ben = team.connect("ben")) {
            assertThat(count(ben, "SELECT count(*) FROM prospects")).isZero();
            assertThat(count(ben, "SELECT count(*) FROM calls")).isZero();
            assertThat(count(ben, "SELECT count(*) FROM coaching_notes")).isZero();
            assertThat(count(ben, "SELECT count(*) FROM prospects WHERE owner = 'ana'")).isZero();
        }
    }

    @Test
    void rep_anotherRepsRows_changesAndRemovesNone() throws SQLException {
        try (Connection ben = team.connect("ben"); Statement st = ben.createStatement()) {
            assertThat(st.executeUpdate("UPDATE prospects SET body = jsonb_set(body, '{company}', '\"Mine\"'), "
                    + "version = version + 1 WHERE owner = 'ana'")).isZero();
            assertThat(st.executeUpdate("DELETE FROM calls WHERE owner = 'ana'")).isZero();
            assertThat(st.executeUpdate("DELETE FROM prospects")).isZero();
        }
        try (Connection ana = team.connect("ana")) {
            assertThat(count(ana, "SELECT count(*) FROM prospects WHERE company = 'Acme'")).isEqualTo(1);
            assertThat(count(ana, "SELECT count(*) FROM calls")).isEqualTo(1);
        }
    }

    @Test
    void rep_rowInAnotherRepsName_isRefused() throws SQLException {
        try (Connection ben = team.connect("ben"); PreparedStatement ps = ben.prepareStatement(
                "INSERT INTO prospects (owner, id, body) VALUES ('ana', 'p-ben', ?::jsonb)")) {
            ps.setString(1, body("p-ben", "Planted"));
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void rep_coachingNote_isRefused() throws SQLException {
        try (Connection ana = team.connect("ana")) {
            assertThatThrownBy(() -> note(ana, "ana", "c-ana", "Coaching myself")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThat(count(ana, "SELECT count(*) FROM coaching_notes WHERE call_id = 'c-ana'")).isEqualTo(1);
        }
    }

    @Test
    void rep_teamList_showsOnlyOwnTeam() throws SQLException {
        try (Connection carl = team.connect("carl")) {
            assertThat(count(carl, "SELECT count(*) FROM reps")).isEqualTo(2); // carl and zoe
            assertThat(count(carl, "SELECT count(*) FROM reps WHERE role_name IN ('ana', 'ben', 'maria')")).isZero();
            assertThat(count(carl, "SELECT count(*) FROM teams")).isEqualTo(1);
        }
    }

    @Test
    void manager_ownTeam_readsProspectsCallsAndNotes() throws SQLException {
        try (Connection maria = team.connect("maria")) {
            assertThat(count(maria, "SELECT count(*) FROM prospects WHERE owner = 'ana'")).isEqualTo(1);
            assertThat(count(maria, "SELECT count(*) FROM calls WHERE owner = 'ana'")).isEqualTo(1);
            assertThat(count(maria, "SELECT count(*) FROM coaching_notes")).isEqualTo(1);
        }
    }

    @Test
    void manager_repsProspectsAndCalls_writesRefused() throws SQLException {
        try (Connection maria = team.connect("maria"); Statement st = maria.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE prospects SET version = version + 1 WHERE owner = 'ana'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM calls WHERE owner = 'ana'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> insertProspect(maria, "p-maria", "Manager's own"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void manager_noteInAnotherManagersName_isRefused() throws SQLException {
        try (Connection maria = team.connect("maria"); PreparedStatement ps = maria.prepareStatement(
                "INSERT INTO coaching_notes (owner, call_id, author, note) VALUES ('ana', 'c-ana', 'zoe', 'x')")) {
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void otherTeamsManager_readsNothingAndCannotCoach() throws SQLException {
        try (Connection zoe = team.connect("zoe")) {
            assertThat(count(zoe, "SELECT count(*) FROM prospects")).isZero();
            assertThat(count(zoe, "SELECT count(*) FROM calls")).isZero();
            assertThat(count(zoe, "SELECT count(*) FROM coaching_notes")).isZero();
            assertThatThrownBy(() -> note(zoe, "ana", "c-ana", "Not my team")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void otherTeamsRep_readsNothing() throws SQLException {
        try (Connection carl = team.connect("carl")) {
            assertThat(count(carl, "SELECT count(*) FROM prospects")).isZero();
            assertThat(count(carl, "SELECT count(*) FROM coaching_notes")).isZero();
        }
    }

    @Test
    void anyone_helperFunctions_notCallableByStrangers() throws SQLException {
        try (Connection admin = PG.server().admin(team.database()); Statement st = admin.createStatement()) {
            st.execute("CREATE ROLE stranger LOGIN PASSWORD 'stranger'");
        }
        assertThatThrownBy(() -> PG.server().connect(team.database(), "stranger", "stranger"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }

    @Test
    void edit_basedOnOldVersion_isRefusedByTheServer() throws SQLException {
        try (Connection ana = team.connect("ana"); Statement st = ana.createStatement()) {
            insertProspect(ana, "p-versioned", "Versioned");
            st.executeUpdate("UPDATE prospects SET version = 2 WHERE id = 'p-versioned'");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE prospects SET version = 2 WHERE id = 'p-versioned'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("SCP01"))
                    .hasMessageContaining("based on version 1");
        }
    }

    @Test
    void init_runTwice_changesNothing() throws Exception {
        assertThat(team.init()).anyMatch(l -> l.contains("exists already")).anyMatch(l -> l.contains("up to date"));
    }

    static void insertProspect(Connection c, String id, String company) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO prospects (id, body) VALUES (?, ?::jsonb)")) {
            ps.setString(1, id);
            ps.setString(2, body(id, company));
            ps.executeUpdate();
        }
    }

    private static void insertCall(Connection c, String id, String prospect) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO calls (id, prospect_id, body) VALUES (?, ?, ?::jsonb)")) {
            ps.setString(1, id);
            ps.setString(2, prospect);
            ps.setString(3, "{\"id\":\"" + id + "\",\"prospectId\":\"" + prospect
                    + "\",\"start\":\"2026-03-02T10:00:00+01:00\",\"stretch\":{\"text\":\"A workshop\"}}");
            ps.executeUpdate();
        }
    }

    private static void note(Connection c, String owner, String call, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO coaching_notes (owner, call_id, note) VALUES (?, ?, ?)")) {
            ps.setString(1, owner);
            ps.setString(2, call);
            ps.setString(3, text);
            ps.executeUpdate();
        }
    }

    private static String body(String id, String company) {
        return "{\"id\":\"" + id + "\",\"company\":\"" + company + "\",\"stageId\":\"discovery\"}";
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
