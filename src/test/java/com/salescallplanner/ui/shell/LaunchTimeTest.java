package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
        long thisJvm = ManagementFactory.getRuntimeMXBean().getStartTime();

        long reported = childReports(true);

        // The system gives process starts in ticks of 10 ms; a child's own start is hundreds of ms later.
        assertThat(reported).isBetween(thisJvm - 50, thisJvm + 50);
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
