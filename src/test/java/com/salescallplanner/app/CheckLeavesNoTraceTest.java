package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} only reads: run as the jar runs it (its own JVM, logging configured by the launcher, no test
 * log folder), it makes no data folder and writes no log file anywhere, where {@code list} makes both.
 */
class CheckLeavesNoTraceTest {
    @TempDir
    Path root;

    private int launch(Path cwd, String... args) throws Exception {
        Files.createDirectories(cwd);
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + root.resolve("home"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path out = root.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().remove("SALES_CALL_PLANNER_DATA");
        pb.environment().remove(LoggingSetup.LOG_DIR_PROPERTY);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertThat(printed).as("what it printed").isNotBlank();
        return p.exitValue();
    }

    private List<Path> filesUnder(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void check_withAMissingDataFolder_createsNoFolderAndNoLogFile() throws Exception {
        Path data = root.resolve("data");
        int status = launch(root.resolve("cwd"), "--data", data.toString(), "check", "--stage", "Discovery",
                "--stretch", "The CFO agrees to a pilot by Friday", "--conservative", "The IT lead sends us the docs by Friday");
        assertThat(status).isIn(0, 1);
        assertThat(data).doesNotExist();
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void list_withAMissingDataFolder_doesCreateTheFolderAndItsLog_soTheCheckAboveCanFail() throws Exception {
        Path data = root.resolve("data");
        assertThat(launch(root.resolve("cwd"), "--data", data.toString(), "list")).isZero();
        assertThat(data.resolve("logs")).isDirectory();
    }
}
