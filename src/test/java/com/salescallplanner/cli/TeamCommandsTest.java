package com.salescallplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.app.CommandStoreAccess;
import com.salescallplanner.app.TeamConnections;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.team.PostgresExtension;
import com.salescallplanner.store.team.PostgresServer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The team commands as an administrator and a rep type them, against a real server: init,
 * add-rep, upload twice, and export --json back to a local planner that reads as the original.
 * Passwords are "typed" at the prompt (the test's prompt answers with what add-rep printed).
 */
class TeamCommandsTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    private static final Pattern PASSWORD = Pattern.compile("login role (\\w+) with password (\\w+)");
    private static final Map<String, String> PASSWORDS = new HashMap<>();
    private static String database;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeDatabase() {
        database = PG.server().createDatabase("cli");
        PASSWORDS.put(PostgresServer.SUPERUSER, PostgresServer.SUPERUSER_PASSWORD);
    }

    private static String url(String user) {
        return "postgresql://" + user + "@127.0.0.1:" + PG.server().port() + "/" + database;
    }

    private static CliRun run(Path folder, String... args) {
        TeamConnections logins = new TeamConnections(prompt -> {
            String user = prompt.substring("Password for ".length(), prompt.indexOf('@'));
            String p = PASSWORDS.get(user);
            return p == null ? null : p.toCharArray();
        });
        CommandLine cl = new CommandLine(new RootCommand(f -> 99, opt -> folder, new CommandStoreAccess(), logins));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        Matcher m = PASSWORD.matcher(out.toString());
        while (m.find()) {
            PASSWORDS.put(m.group(1), m.group(2));
        }
        return new CliRun(status, out.toString(), err.toString());
    }

    private void setUpTeam() {
        CliRun init = run(dir, "team", "init", "--server", url(PostgresServer.SUPERUSER));
        assertThat(init.status()).as(init.err()).isZero();
        if (!PASSWORDS.containsKey("ana")) {
            assertThat(run(dir, "team", "add-rep", "ana", "--manager", "maria", "--server",
                    url(PostgresServer.SUPERUSER)).status()).isZero();
        }
    }

    @Test
    void init_onAnEmptyDatabase_saysWhatItMade_andTwiceChangesNothing() {
        String db = PG.server().createDatabase("fresh");
        String admin = "postgresql://postgres@127.0.0.1:" + PG.server().port() + "/" + db;
        CliRun first = run(dir, "team", "init", "--server", admin);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("Created group role scp_" + db + "_reps.")
                .contains("applied 2 migration(s), now at version 2").contains("row-level security is on");
        CliRun second = run(dir, "team", "init", "--server", admin);
        assertThat(second.out()).contains("exists already").contains("up to date").doesNotContain("Created");
    }

    @Test
    void addRep_withNewManager_makesBothLoginsAndSaysSo() {
        setUpTeam();
        CliRun r = run(dir, "team", "add-rep", "ben", "--manager", "maria", "--server", url(PostgresServer.SUPERUSER));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Created login role ben with password").contains("Added rep ben to team maria.")
                .doesNotContain("Created team");
    }

    @Test
    void addRep_badName_isAUsageErrorThatChangesNothing() {
        setUpTeam();
        CliRun r = run(dir, "team", "add-rep", "Robert'); DROP", "--server", url(PostgresServer.SUPERUSER));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("must be 1 to 63 lower-case letters");
    }

    @Test
    void upload_thenExportJson_givesBackTheSamePlanner_andUploadTwiceChangesNothing() throws Exception {
        setUpTeam();
        Path local = dir.resolve("local");
        assertThat(run(local, "demo", "--prospects", "12", "--calls", "40", "--seed", "3").status()).isZero();
        PlannerData original = PlannerStore.openForReading(local).load().data();

        CliRun up = run(local, "team", "upload", "--server", url("ana"));
        assertThat(up.status()).as(up.err()).isZero();
        assertThat(up.out()).contains("Uploaded to ana@").contains("53 new"); // 12 + 40 + the stage model
        CliRun again = run(local, "team", "upload", "--server", url("ana"));
        assertThat(again.out()).startsWith("Nothing to upload");

        // The team session's own data folder (journal, snapshot) is not where the planner.json goes:
        // an export never writes over the data folder's own files.
        Path work = dir.resolve("work");
        Path back = dir.resolve("back");
        Files.createDirectories(back);
        CliRun export = run(work, "export", "--json", "--out", back.resolve("planner.json").toString(),
                "--server", url("ana"));
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(PlannerStore.openForReading(back).load().data()).isEqualTo(original);

        CliRun list = run(work, "list", "--server", url("ana"));
        assertThat(list.out()).isEqualTo(run(local, "list").out());
    }

    @Test
    void login_withoutPasswordAndNobodyToAsk_isRefusedWithTheReason() {
        setUpTeam();
        CliRun r = run(dir, "list", "--server", url("nobody_known"));
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("refused the login of nobody_known").contains(".pgpass");
    }

    @Test
    void login_passwordFromPgpassFile_needsNoPrompt() throws Exception {
        setUpTeam();
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + PG.server().port() + ":" + database + ":ana:" + PASSWORDS.get("ana") + "\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String saved = PASSWORDS.remove("ana"); // nobody answers the prompt now
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            CliRun r = run(dir, "list", "--json", "--server", url("ana"));
            assertThat(r.status()).as(r.err()).isZero();
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
            PASSWORDS.put("ana", saved);
        }
    }
}
