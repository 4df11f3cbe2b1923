package com.salescallplanner.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the app image that {@code mvn -Pdist verify} built, through its own launcher and bundled
 * Java runtime: only run by the dist profile's failsafe, never by the default build.
 */
class AppImageSmokeIT {
    @TempDir
    Path data;

    private static Path launcher() {
        Path dist = Path.of(System.getProperty("dist.dir", "target/dist"));
        String name = System.getProperty("dist.name", "sales-call-planner");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return dist.resolve(name).resolve(name + ".exe");
        }
        if (os.contains("mac")) {
            return dist.resolve(name + ".app/Contents/MacOS").resolve(name);
        }
        return dist.resolve(name).resolve("bin").resolve(name);
    }

    private record Run(int status, String out) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.add("--data");
        command.add(data.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = p.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("the launcher ended").isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void launcher_version_printsTheAppName() throws Exception {
        assertThat(launcher()).isExecutable();

        Run r = run("--version");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Sales Call Planner " + System.getProperty("project.version", ""));
    }

    @Test
    void launcher_importDryRun_readsAFixtureWithTheBundledLibraries() throws Exception {
        Path csv = Path.of(getClass().getResource("/com/salescallplanner/store/crm/hubspot-deals.csv").toURI());

        Run r = run("import", csv.toString(), "--dry-run");

        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).contains("HubSpot deal export").contains("4 imported, 0 updated, 0 unchanged, 0 rejected.")
                .contains("Dry run: nothing was saved.");
        assertThat(data.resolve("planner.json")).doesNotExist();
    }

    @Test
    void deb_onLinux_isBuilt() throws IOException {
        if (Boolean.parseBoolean(System.getProperty("dist.deb.skip", "true"))) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("dist.dir", "target/dist")))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("sales-call-planner_") && n.endsWith(".deb"));
        }
    }
}
