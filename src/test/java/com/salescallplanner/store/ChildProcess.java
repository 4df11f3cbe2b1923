package com.salescallplanner.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runs {@link StoreChild} in its own JVM and follows what it prints. */
final class ChildProcess implements AutoCloseable {
    final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** The child's last "saved N" line. Other lines (e.g. a logging library's status) are skipped. */
    private volatile String lastSaved = "";
    private final Thread reader;
    private final List<String> printed = new java.util.concurrent.CopyOnWriteArrayList<>();

    ChildProcess(String mode, Path folder, String... more) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx512m",
                "-Dscp.logdir=" + folder.resolve("logs"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StoreChild.class.getName(), mode, folder.toString()));
        cmd.addAll(List.of(more));
        process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    if (l.startsWith("saved ")) {
                        lastSaved = l;
                    }
                    lines.add(l);
                    printed.add(l);
                }
            } catch (IOException e) {
                // the child was killed
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits for a line starting with {@code prefix}; fails the test after a generous minute. */
    String await(String prefix) throws InterruptedException {
        while (true) {
            String l = lines.poll(60, TimeUnit.SECONDS);
            if (l == null) {
                throw new AssertionError("The child process did not print '" + prefix + "' (alive: "
                        + process.isAlive() + ")");
            }
            if (l.startsWith(prefix)) {
                return l;
            }
        }
    }

    /** The last "saved N" line read so far; after {@link #kill()}, the last one the child printed. */
    String lastSaved() {
        return lastSaved;
    }

    /** Everything the child printed, for failure messages. */
    List<String> printed() {
        return printed;
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        // Drain what the child printed before it died, so lastSaved() is its final acknowledgement.
        reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
