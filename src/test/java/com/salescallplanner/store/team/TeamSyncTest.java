package com.salescallplanner.store.team;

import com.salescallplanner.store.edits.RecordKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.sample.SampleGenerator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A rep's planner on the team database: saves, versions, two machines of one rep, offline. */
class TeamSyncTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static TeamFixture team;

    @TempDir
    Path machineA;
    @TempDir
    Path machineB;

    @BeforeAll
    static void setUp() throws Exception {
        team = new TeamFixture(PG.server(), "sync");
        team.init();
        for (String rep : new String[] {"ana", "ben", "dan", "eve", "fay", "gus", "hal", "ivy", "jon"}) {
            team.addRep(rep, "maria");
        }
    }

    private static PlannerData sample() {
        return SampleGenerator.generate(6, 20, 7, NOW);
    }

    @Test
    void save_thenOpenOnAnotherMachine_showsTheSameData() throws Exception {
        PlannerData data = sample();
        try (TeamSync a = new TeamSync(team.connector("ana"), machineA)) {
            assertThat(a.open().data().isEmpty()).isTrue();
            assertThat(a.save(data)).isEqualTo(6 + 20); // the sample keeps the default stages: no settings record
            assertThat(a.awaitSent(WAIT)).isTrue();
            assertThat(a.status().waiting()).isZero();
        }
        try (TeamSync b = new TeamSync(team.connector("ana"), machineB)) {
            assertThat(b.open().data()).isEqualTo(data);
        }
    }

    @Test
    void save_oneProspectChanged_writesOnlyThatRecordWithTheNextVersion() throws Exception {
        PlannerData data = sample();
        try (TeamSync a = new TeamSync(team.connector("ben"), machineA)) {
            a.open();
            a.save(data);
            Prospect p = data.prospects().get(2);
            assertThat(a.save(data.withProspect(p.withNotes("Budget confirmed")))).isEqualTo(1);
            assertThat(a.awaitSent(WAIT)).isTrue();
        }
        try (Connection admin = PG.server().admin(team.database())) {
            assertThat(longs(admin, "SELECT count(*) FROM planner.prospects WHERE owner = 'ben' AND version = 2"))
                    .isEqualTo(1);
            assertThat(longs(admin, "SELECT count(*) FROM planner.prospects WHERE owner = 'ben' AND version = 1"))
                    .isEqualTo(5);
            assertThat(longs(admin, "SELECT count(*) FROM planner.calls WHERE owner = 'ben' AND version = 1"))
                    .isEqualTo(20);
        }
    }

    @Test
    void editOnTwoMachines_secondIsRefused_bothVersionsKeptAndMineCanWin() throws Exception {
        PlannerData data = sample();
        Prospect p = data.prospects().get(0);
        try (TeamSync a = new TeamSync(team.connector("dan"), machineA)) {
            a.open();
            a.save(data);
            a.awaitSent(WAIT);
        }
        try (TeamSync a = new TeamSync(team.connector("dan"), machineA);
             TeamSync b = new TeamSync(team.connector("dan"), machineB)) {
            PlannerData onA = a.open().data();
            PlannerData onB = b.open().data();
            a.save(onA.withProspect(p.withNotes("Edited on the laptop")));
            assertThat(a.awaitSent(WAIT)).isTrue();
            b.save(onB.withProspect(p.withNotes("Edited on the desktop")));
            assertThat(b.awaitSent(WAIT)).isTrue();

            assertThat(b.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.key()).isEqualTo(RecordKey.prospect(p.id().value()));
                assertThat(c.mineBody()).contains("Edited on the desktop");
                assertThat(c.theirBody()).contains("Edited on the laptop");
                assertThat(c.theirVersion()).isEqualTo(2);
            });
            assertThat(b.status().text()).contains("1 conflict to settle");

            b.resolve(RecordKey.prospect(p.id().value()), TeamSync.Choice.KEEP_MINE, null);
            assertThat(b.awaitSent(WAIT)).isTrue();
            assertThat(b.conflicts()).isEmpty();
        }
        try (Connection admin = PG.server().admin(team.database())) {
            assertThat(text(admin, "SELECT body->>'notes' FROM planner.prospects WHERE owner = 'dan' AND id = '"
                    + p.id().value() + "'")).isEqualTo("Edited on the desktop");
            assertThat(longs(admin, "SELECT version FROM planner.prospects WHERE owner = 'dan' AND id = '"
                    + p.id().value() + "'")).isEqualTo(3);
        }
    }

    @Test
    void conflict_takeTheirs_localCopyGetsTheServersRecord() throws Exception {
        PlannerData data = sample();
        Prospect p = data.prospects().get(1);
        try (TeamSync a = new TeamSync(team.connector("eve"), machineA)) {
            a.open();
            a.save(data);
            a.awaitSent(WAIT);
        }
        try (TeamSync a = new TeamSync(team.connector("eve"), machineA);
             TeamSync b = new TeamSync(team.connector("eve"), machineB)) {
            PlannerData onA = a.open().data();
            PlannerData onB = b.open().data();
            a.save(onA.withProspect(p.withNotes("Theirs")));
            a.awaitSent(WAIT);
            b.save(onB.withProspect(p.withNotes("Mine")));
            b.awaitSent(WAIT);
            PlannerData after = b.resolve(RecordKey.prospect(p.id().value()), TeamSync.Choice.TAKE_THEIRS, null);
            assertThat(after.prospect(p.id()).orElseThrow().notes()).isEqualTo("Theirs");
            // the record's version is the server's again: the next edit goes through
            b.save(after.withProspect(after.prospect(p.id()).orElseThrow().withNotes("Theirs, then mine")));
            assertThat(b.awaitSent(WAIT)).isTrue();
            assertThat(b.conflicts()).isEmpty();
        }
    }

    @Test
    void serverAway_editsWaitOnDisk_andArriveAfterARestart() throws Exception {
        PlannerData data = sample();
        Prospect p = data.prospects().get(3);
        try (TeamSync a = new TeamSync(team.connector("fay"), machineA)) {
            a.open();
            a.save(data);
            assertThat(a.awaitSent(WAIT)).isTrue();
            PG.server().stopImmediately();
            try {
                PlannerData d = data;
                for (int i = 1; i <= 3; i++) {
                    d = d.withProspect(p.withNotes("Offline edit " + i));
                    a.save(d);
                }
                assertThat(a.awaitSent(Duration.ofSeconds(3))).isFalse();
                assertThat(a.status().waiting()).isEqualTo(3);
                assertThat(a.status().text()).isEqualTo("Offline: 3 edits waiting");
            } catch (AssertionError e) {
                PG.server().startAgain();
                throw e;
            }
        } // closed while offline: the queue stays on disk
        try (TeamSync offline = new TeamSync(team.connector("fay"), machineA)) {
            TeamOpening o = offline.open(); // the server is still down: the local copy opens
            assertThat(o.offline()).isTrue();
            assertThat(o.data().prospect(p.id()).orElseThrow().notes()).isEqualTo("Offline edit 3");
            assertThat(offline.status().waiting()).isEqualTo(3);
            PG.server().startAgain();
            assertThat(offline.awaitSent(WAIT)).isTrue();
            assertThat(offline.status().online()).isTrue();
        } finally {
            if (!isUp()) {
                PG.server().startAgain();
            }
        }
        try (Connection admin = PG.server().admin(team.database())) {
            assertThat(text(admin, "SELECT body->>'notes' FROM planner.prospects WHERE owner = 'fay' AND id = '"
                    + p.id().value() + "'")).isEqualTo("Offline edit 3");
            assertThat(longs(admin, "SELECT version FROM planner.prospects WHERE owner = 'fay' AND id = '"
                    + p.id().value() + "'")).isEqualTo(4);
        }
    }

    @Test
    void save_exactAmounts_anotherMachineReadsThemBackWithEveryDigitAndTrailingZero() throws Exception {
        String[] amounts = {"12345678901234567.89", "125000.50", "0.10", "123456789012345678901234567890"};
        PlannerData data = sample();
        for (int i = 0; i < amounts.length; i++) {
            Prospect p = data.prospects().get(i);
            data = data.withProspect(p.withCrm(p.crmId(), new java.math.BigDecimal(amounts[i])));
        }
        try (TeamSync a = new TeamSync(team.connector("jon"), machineA)) {
            a.open();
            a.save(data);
            assertThat(a.awaitSent(WAIT)).isTrue();
        }
        try (Connection admin = PG.server().admin(team.database())) {
            for (int i = 0; i < amounts.length; i++) {
                assertThat(text(admin, "SELECT body->>'amount' FROM planner.prospects WHERE owner = 'jon' AND id = '"
                        + data.prospects().get(i).id().value() + "'")).isEqualTo(amounts[i]);
            }
        }
        try (TeamSync b = new TeamSync(team.connector("jon"), machineB)) {
            assertThat(b.open().data()).isEqualTo(data); // Prospect's equals holds each amount's scale
        }
    }

    @Test
    void conflict_mergedFieldByField_serverGetsMineWithTheirsTickedFields() throws Exception {
        PlannerData data = sample();
        Prospect p = data.prospects().get(2);
        try (TeamSync a = new TeamSync(team.connector("gus"), machineA)) {
            a.open();
            a.save(data);
            a.awaitSent(WAIT);
        }
        try (TeamSync a = new TeamSync(team.connector("gus"), machineA);
             TeamSync b = new TeamSync(team.connector("gus"), machineB)) {
            PlannerData onA = a.open().data();
            PlannerData onB = b.open().data();
            a.save(onA.withProspect(p.withNotes("Notes from the laptop")));
            a.awaitSent(WAIT);
            b.save(onB.withProspect(p.withDetails(p.company(), "Renamed deal").withNotes("Notes from the desktop")));
            b.awaitSent(WAIT);
            Conflict c = b.conflicts().get(0);
            assertThat(FieldMerge.differences(c)).extracting(FieldMerge.Difference::field)
                    .containsExactlyInAnyOrder("dealName", "notes");

            PlannerData after = b.resolve(c.key(), TeamSync.Choice.MERGED, FieldMerge.merge(c, java.util.Set.of("notes")));
            assertThat(b.awaitSent(WAIT)).isTrue();
            Prospect merged = after.prospect(p.id()).orElseThrow();
            assertThat(merged.dealName()).isEqualTo("Renamed deal");
            assertThat(merged.notes()).isEqualTo("Notes from the laptop");
        }
        try (TeamSync other = new TeamSync(team.connector("gus"), machineA)) {
            Prospect onServer = other.open().data().prospect(p.id()).orElseThrow();
            assertThat(onServer.dealName()).isEqualTo("Renamed deal");
            assertThat(onServer.notes()).isEqualTo("Notes from the laptop");
        }
    }

    @Test
    void coachingNote_byTheManager_isReadByTheRep_andARepCannotWriteOne() throws Exception {
        PlannerData data = sample();
        String call = data.calls().get(0).id().value();
        try (TeamSync rep = new TeamSync(team.connector("hal"), machineA)) {
            rep.open();
            rep.save(data);
            assertThat(rep.awaitSent(WAIT)).isTrue();
        }
        try (TeamSync manager = new TeamSync(team.connector("maria"), machineB)) {
            TeamOpening o = manager.open();
            assertThat(o.manager()).isTrue();
            assertThat(manager.coaching().teamPlanners().get("hal")).isEqualTo(data);
            manager.coaching().addNote("hal", call, "Is that really the least they must commit to?");
        }
        try (TeamSync rep = new TeamSync(team.connector("hal"), machineA)) {
            rep.open();
            assertThat(rep.coaching().notes("hal", call)).singleElement().satisfies(n -> {
                assertThat(n.author()).isEqualTo("maria");
                assertThat(n.text()).isEqualTo("Is that really the least they must commit to?");
            });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> rep.coaching().addNote("hal", call, "Coaching myself"))
                    .isInstanceOf(TeamException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void learnedPhrasing_isKeptWithTheSettings_readOnAnotherMachine_andForgottenThere() throws Exception {
        LearnedPhrasing learned = new LearnedPhrasing("<name> run kit at plant", CommitmentKind.EVALUATE,
                "plant manager", true);
        PlannerData data = sample().withLearned(learned);
        try (TeamSync a = new TeamSync(team.connector("ivy"), machineA)) {
            a.open();
            a.save(data);
            assertThat(a.awaitSent(WAIT)).isTrue();
        }
        try (Connection admin = PG.server().admin(team.database())) {
            assertThat(text(admin, "SELECT body->'learnedPhrasings'->0->>'kind' FROM planner.planners WHERE owner = 'ivy'"))
                    .isEqualTo("EVALUATE");
        }
        try (TeamSync b = new TeamSync(team.connector("ivy"), machineB)) {
            PlannerData onB = b.open().data();
            assertThat(onB.learned()).containsExactly(learned);
            assertThat(b.save(onB.withoutLearned(learned.phrasing()))).isEqualTo(1);
            assertThat(b.awaitSent(WAIT)).isTrue();
        }
        try (Connection admin = PG.server().admin(team.database())) {
            assertThat(text(admin, "SELECT body->>'learnedPhrasings' FROM planner.planners WHERE owner = 'ivy'"))
                    .isEqualTo("[]");
            assertThat(longs(admin, "SELECT version FROM planner.planners WHERE owner = 'ivy'")).isEqualTo(2);
            // The V2 migration's check: what no planner could read is refused by the server itself.
            try (Statement st = admin.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.executeUpdate("UPDATE planner.planners "
                        + "SET body = jsonb_set(body, '{learnedPhrasings}', '[{\"kind\": \"EVALUATE\"}]'), "
                        + "version = version + 1 WHERE owner = 'ivy'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("planners_learned_phrasings_valid");
            }
        }
    }

    private static boolean isUp() {
        try (Connection c = PG.server().admin("postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static long longs(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
