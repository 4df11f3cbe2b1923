package com.salescallplanner.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a benchmark in a JVM of its own: the same java, the same class path as the suite, the
 * given flags. Lines the child prints are echoed (indented) and its {@link Samples} collected.
 */
final class ChildJvm {
    private final List<String> flags = new ArrayList<>();
    private final Map<String, String> environment;

    ChildJvm(List<String> flags, Map<String, String> environment) {
        this.flags.addAll(flags);
        this.environment = environment;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    List<String> command(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(flags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    Process start(String mainClass, List<String> args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true);
        pb.environment().putAll(environment);
        return pb.start();
    }

    /** Starts the program with its output (stdout and stderr) going to a file. */
    Process start(String mainClass, List<String> args, Path output) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().putAll(environment);
        return pb.start();
    }

    /** Starts {@code java FLAGS -jar JAR ARGS} as a rep starts the packaged app, output to a file. */
    Process startJar(Path jar, List<String> args, Path output) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(flags);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().putAll(environment);
        return pb.start();
    }

    /** Runs to the end; fails when the child fails. */
    List<Samples> run(String mainClass, List<String> args, long timeoutMinutes) throws IOException, InterruptedException {
        Process p = start(mainClass, args);
        List<Samples> out = new ArrayList<>();
        readLines(p, line -> {
            if (line.startsWith(Samples.PREFIX)) {
                out.add(Samples.parse(line));
            }
            return false;
        });
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within " + timeoutMinutes + " minutes");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed with exit status " + p.exitValue());
        }
        return out;
    }

    /** Echoes the child's lines until {@code stop} accepts one (or the output ends). */
    static void readLines(Process p, Predicate<String> stop) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            System.out.println("    | " + line);
            if (stop.test(line)) {
                return;
            }
        }
    }
}
