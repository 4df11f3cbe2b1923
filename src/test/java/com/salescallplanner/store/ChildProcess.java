package com.salescallplanner.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link StoreChild} in its own JVM and follows what it prints.
 *
 * <p>The child's stdout goes to a file, not a pipe: when a child is killed, the JDK's process
 * reaper may close the pipe under a reading thread ("Stream closed"), and the last lines the
 * child printed are lost (seen here). A file keeps every byte the child wrote.
 */
final class ChildProcess implements AutoCloseable {
    final Process process;
    private final Path output;
    private int consumed;

    ChildProcess(String mode, Path folder, String... more) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx512m",
                "-Dscp.logdir=" + folder.resolve("logs"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StoreChild.class.getName(), mode, folder.toString()));
        cmd.addAll(List.of(more));
        output = Files.createTempFile("store-child", ".out");
        process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(output.toFile()).start();
    }

    /** Everything the child printed so far, line by line (a last line without its newline included). */
    List<String> printed() throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** Waits for a new line starting with {@code prefix}; fails the test after a generous minute. */
    String await(String prefix) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<String> lines = printed();
            // Only whole lines (followed by a newline) count while the child runs.
            int whole = Files.readString(output, StandardCharsets.UTF_8).endsWith("\n") ? lines.size()
                    : lines.size() - 1;
            while (consumed < whole) {
                String l = lines.get(consumed++);
                if (l.startsWith(prefix)) {
                    return l;
                }
            }
            if (!process.isAlive()) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        throw new AssertionError("The child process did not print '" + prefix + "' (alive: "
                + process.isAlive() + ", printed: " + printed() + ")");
    }

    /** After {@link #kill()}: the child's last whole "saved N" line, or "" when it printed none. */
    String lastSaved() throws IOException {
        String last = "";
        List<String> lines = printed();
        boolean lastIsWhole = Files.readString(output, StandardCharsets.UTF_8).endsWith("\n");
        for (String l : lastIsWhole || lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1)) {
            if (l.startsWith("saved ")) {
                last = l;
            }
        }
        return last;
    }

    /** Sends a line to the child's standard input. */
    void tell(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        kill();
        Files.deleteIfExists(output);
    }
}
