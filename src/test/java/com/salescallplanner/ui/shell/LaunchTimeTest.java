package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The start-up figures of {@code java -jar} count from the rep's command, the first JVM's start,
 * which the window's JVM works out after the fact (docs/performance.md).
 */
class LaunchTimeTest {

    @Test
    void millis_startedByAnotherJvmForTheWindow_isThatJvmsStart() throws Exception {
        long thisProcess = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        long beforeChild = System.currentTimeMillis();

        long reported = childReports(true);

        // This process's start plus the child JVM's own lag behind its process: on an idle machine within
        // tens of ms of this JVM's own start (docs/performance.md), hundreds apart on a loaded one (two
        // suites at once), as the two JVMs' lags differ. Never before this process (the system's start
        // instants share their boot time, counted down to the second, and come in 10 ms ticks), never as
        // late as the child itself.
        assertThat(reported).isBetween(thisProcess - 20, beforeChild);
    }

    @Test
    void millis_startedOnItsOwn_isItsOwnStart() throws Exception {
        long beforeChild = System.currentTimeMillis();

        long reported = childReports(false);

        assertThat(reported).isGreaterThanOrEqualTo(beforeChild - 20);
    }

    private static long childReports(boolean restarted) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (restarted) {
            cmd.add("-D" + LaunchTime.RESTARTED + "=true");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(out).isZero();
        String[] lines = out.strip().split("\n");
        return Long.parseLong(lines[lines.length - 1].strip());
    }

    /** The window's JVM, as far as the launch time goes. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            System.out.println(LaunchTime.millis());
        }
    }
}
