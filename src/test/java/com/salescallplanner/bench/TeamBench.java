package com.salescallplanner.bench;

import com.salescallplanner.store.team.PostgresServer;
import com.salescallplanner.store.team.TcpProxy;
import com.salescallplanner.store.team.TeamFixture;
import com.salescallplanner.store.team.TeamLoad;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The team database under load (docs/performance.md, "Team database"): 50 simulated reps, each
 * editing every 100 ms for 60 s against a PostgreSQL server on this machine, each through its own
 * TeamSync (journal, connection pool), as 50 laptops would. Prints the time to a durable edit
 * (queued and forced to this machine's disk: when the window says "Saved") and to the server's
 * commit, and what arrived. Then the same with faults: the server stopped with
 * {@code pg_ctl stop -m immediate} after 10 s and restarted 5 s later, and the network dropped
 * (connection refused) from 25 s to 55 s. Run: {@code mvn -B -Pbench -DskipTests verify -Dbench.args=team}.
 */
final class TeamBench {
    static final int REPS = 50;
    static final Duration EVERY = Duration.ofMillis(100);
    static final Duration FOR = Duration.ofSeconds(60);

    private TeamBench() {
    }

    static String run(Path dir) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(scenario(dir.resolve("team-load"), false)).append('\n');
        out.append(scenario(dir.resolve("team-faults"), true));
        return out.toString();
    }

    private static String scenario(Path dir, boolean faults) throws Exception {
        BenchSuite.deleteTree(dir);
        Files.createDirectories(dir);
        String name = faults ? "with faults" : "steady";
        System.out.println("Team database, " + name + ": " + REPS + " reps, an edit every " + EVERY.toMillis()
                + " ms each, for " + FOR.toSeconds() + " s ...");
        try (PostgresServer server = PostgresServer.start(); TcpProxy network = new TcpProxy(server.port())) {
            TeamFixture team = new TeamFixture(server, "bench");
            team.init();
            TeamLoad load = new TeamLoad(team, network.port(), dir);
            load.setUp(REPS, "maria");
            Runnable plan = !faults ? () -> { } : () -> {
                try {
                    Thread.sleep(10_000);
                    System.out.println("  10 s: pg_ctl stop -m immediate");
                    server.stopImmediately();
                    Thread.sleep(5_000);
                    server.startAgain();
                    System.out.println("  15 s: server started again");
                    Thread.sleep(10_000);
                    network.drop();
                    System.out.println("  25 s: network dropped (connection refused)");
                    Thread.sleep(30_000);
                    network.restore();
                    System.out.println("  55 s: network back");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            long t0 = System.nanoTime();
            TeamLoad.Result r = load.run(REPS, EVERY, FOR, plan, Duration.ofMinutes(5));
            double secs = (System.nanoTime() - t0) / 1e9;
            String line = String.format(Locale.ROOT, "Team database, %s: %,d edits by %d reps in %.0f s (the run, from opening "
                            + "the reps to every queue empty, took %.0f s); durable on the rep's machine p50 %.2f ms, p95 %.2f ms; committed on the server "
                            + "p50 %.1f ms, p95 %.1f ms; lost %d, duplicated %d, out of order %d, conflicts %d%n",
                    name, r.edits(), REPS, (double) FOR.toSeconds(), secs,
                    TeamLoad.quantileMillis(r.durableNanos(), 0.5), TeamLoad.quantileMillis(r.durableNanos(), 0.95),
                    TeamLoad.quantileMillis(r.appliedNanos(), 0.5), TeamLoad.quantileMillis(r.appliedNanos(), 0.95),
                    r.lost(), r.duplicated(), r.outOfOrder(), r.conflicts());
            System.out.print(line);
            return line;
        }
    }
}
