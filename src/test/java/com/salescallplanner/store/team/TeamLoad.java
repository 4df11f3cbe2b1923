package com.salescallplanner.store.team;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated reps editing their planners on a team database at a steady pace, each through its
 * own {@link TeamSync} (own journal folder, own connection pool), as many laptops would: the
 * load benchmark's and the fault test's engine. Rep r's edit k sets the notes of its one prospect
 * to "edit k". What arrived is read from an audit table the administrator's trigger fills on the
 * server, in the order the server committed the edits: every edit must be there once, in order.
 */
public final class TeamLoad {
    private final TeamFixture team;
    private final int serverPortForReps;
    private final Path folders;
    private final List<Rep> reps = new ArrayList<>();

    /** What a run measured and found. */
    public record Result(int edits, List<Long> durableNanos, List<Long> appliedNanos, int lost, int duplicated,
                         int outOfOrder, int conflicts) {
        public boolean clean() {
            return lost == 0 && duplicated == 0 && outOfOrder == 0 && conflicts == 0;
        }
    }

    /** @param port the port the reps connect to: the server's, or a {@link TcpProxy}'s in front of it */
    public TeamLoad(TeamFixture team, int port, Path folders) {
        this.team = team;
        this.serverPortForReps = port;
        this.folders = folders;
    }

    /** Adds the reps (roles rep1..repN of the fixture) and the audit trigger. */
    public void setUp(int count, String manager) throws Exception {
        for (int i = 1; i <= count; i++) {
            team.addRep("rep" + i, manager);
        }
        try (Connection c = team.server().admin(team.database()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA audit");
            st.execute("CREATE TABLE audit.edits (n bigserial PRIMARY KEY, owner text, notes text, version bigint)");
            st.execute("CREATE FUNCTION audit.log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN "
                    + "INSERT INTO audit.edits (owner, notes, version) VALUES (NEW.owner, NEW.body->>'notes', NEW.version); "
                    + "RETURN NEW; END $$");
            st.execute("CREATE TRIGGER audit AFTER UPDATE ON planner.prospects FOR EACH ROW EXECUTE FUNCTION audit.log()");
        }
    }

    private final class Rep {
        final String role;
        final TeamSync sync;
        final Map<Long, Long> started = new ConcurrentHashMap<>();
        final AtomicInteger made = new AtomicInteger();
        PlannerData data;
        Prospect prospect;

        Rep(String role) throws Exception {
            this.role = role;
            Path dir = folders.resolve(role);
            Files.createDirectories(dir);
            TeamUrl url = team.url(role);
            this.sync = new TeamSync(new TeamConnector(new TeamUrl(url.host(), serverPortForReps, url.database(),
                    role), team.password(role).toCharArray()), dir);
        }

        void open(List<Long> applied) throws Exception {
            data = sync.open().data();
            prospect = Prospect.create("Account of " + role, "", StageModel.DISCOVERY, LocalDate.of(2026, 3, 2));
            data = data.withProspect(prospect);
            sync.save(data);
            if (!sync.awaitSent(Duration.ofSeconds(60))) {
                throw new IllegalStateException(role + " could not send its first edit");
            }
            sync.setAppliedListener(e -> {
                Long t0 = started.remove(e.seq());
                if (t0 != null) {
                    applied.add(System.nanoTime() - t0);
                }
            });
        }

        /** One edit; returns how long until it was durable on this machine. */
        synchronized long edit() throws Exception {
            int k = made.incrementAndGet();
            prospect = prospect.withNotes("edit " + k);
            data = data.withProspect(prospect);
            long t0 = System.nanoTime();
            synchronized (sync) {
                sync.save(data);
                started.put(sync.lastQueuedSeq(), t0);
            }
            return System.nanoTime() - t0;
        }
    }

    /**
     * Runs the reps for {@code duration}, each editing every {@code interval}; {@code faults}
     * runs beside them (on its own thread) and may stop the server or drop the network. Then
     * waits up to {@code drain} for every queue to empty and reads what arrived.
     */
    public Result run(int count, Duration interval, Duration duration, Runnable faults, Duration drain)
            throws Exception {
        List<Long> durable = new CopyOnWriteArrayList<>();
        List<Long> applied = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= count; i++) {
            Rep r = new Rep("rep" + i);
            reps.add(r);
            r.open(applied);
        }
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(Math.min(16, count), runnable -> {
            Thread t = new Thread(runnable, "simulated-rep");
            t.setDaemon(true);
            return t;
        });
        long stagger = interval.toNanos() / count;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < reps.size(); i++) {
            Rep r = reps.get(i);
            pool.scheduleAtFixedRate(() -> {
                try {
                    durable.add(r.edit());
                } catch (Exception e) {
                    failures.add(e);
                }
            }, i * stagger, interval.toNanos(), TimeUnit.NANOSECONDS);
        }
        Thread faultThread = new Thread(faults, "faults");
        faultThread.start();
        Thread.sleep(duration.toMillis());
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        faultThread.join();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A simulated rep's save failed", failures.get(0));
        }
        long end = System.nanoTime() + drain.toNanos();
        for (Rep r : reps) {
            r.sync.awaitSent(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
        }
        int conflicts = reps.stream().mapToInt(r -> r.sync.conflicts().size()).sum();
        for (Rep r : reps) {
            r.sync.close();
        }
        return check(durable, applied, conflicts);
    }

    private Result check(List<Long> durable, List<Long> applied, int conflicts) throws SQLException {
        int edits = 0;
        int lost = 0;
        int duplicated = 0;
        int outOfOrder = 0;
        try (Connection c = team.server().admin(team.database());
             PreparedStatement ps = c.prepareStatement("SELECT notes FROM audit.edits WHERE owner = ? ORDER BY n")) {
            for (Rep r : reps) {
                int made = r.made.get();
                edits += made;
                List<Integer> arrived = new ArrayList<>();
                ps.setString(1, r.role);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        arrived.add(Integer.parseInt(rs.getString(1).substring("edit ".length())));
                    }
                }
                for (int k = 1; k <= made; k++) {
                    int times = Collections.frequency(arrived, k);
                    lost += times == 0 ? 1 : 0;
                    duplicated += Math.max(0, times - 1);
                }
                for (int i = 1; i < arrived.size(); i++) {
                    outOfOrder += arrived.get(i) <= arrived.get(i - 1) ? 1 : 0;
                }
            }
        }
        return new Result(edits, List.copyOf(durable), List.copyOf(applied), lost, duplicated, outOfOrder, conflicts);
    }

    /** The q-th quantile (0..1) of the times, in milliseconds. */
    public static double quantileMillis(List<Long> nanos, double q) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
