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
    private volatile String lastLine = "";
    private final Thread reader;

    ChildProcess(String mode, Path folder, String... more) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StoreChild.class.getName(), mode, folder.toString()));
        cmd.addAll(List.of(more));
        process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lastLine = l;
                    lines.add(l);
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

    /** The last line read so far (after {@link #kill()}: the last line the child printed). */
    String lastLine() {
        return lastLine;
    }

    /**
     * SIGKILL on Linux: no shutdown hooks, no finally blocks. Then reads what the child printed
     * before it died: with fast saves, lines still in the pipe would otherwise be missed.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
