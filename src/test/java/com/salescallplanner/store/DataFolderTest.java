package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/rep");

    @TempDir
    Path tmp;

    @Test
    void resolve_dataOption_winsOverEnvironmentAndDefault() {
        Path p = DataFolder.resolve("/srv/pipeline", Map.of(DataFolder.ENV, "/env/dir"), "Linux", HOME);
        assertThat(p).isEqualTo(Path.of("/srv/pipeline"));
    }

    @Test
    void resolve_environmentVariable_winsOverTheDefault() {
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV, "/env/dir"), "Linux", HOME))
                .isEqualTo(Path.of("/env/dir"));
        assertThat(DataFolder.resolve(" ", Map.of(DataFolder.ENV, "/env/dir"), "Linux", HOME))
                .isEqualTo(Path.of("/env/dir"));
    }

    @Test
    void resolve_relativeOption_becomesAbsolute() {
        assertThat(DataFolder.resolve("data/../mine", Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("mine").toAbsolutePath());
    }

    @Test
    void resolve_perOperatingSystemDefaults() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/rep/.local/share/sales-call-planner"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/sales-call-planner"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .isEqualTo(Path.of("/home/rep/.local/share/sales-call-planner"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/rep/Library/Application Support/Sales Call Planner"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Sales Call Planner"));
        assertThat(DataFolder.resolve(null, Map.of(), "Windows 11", HOME))
                .isEqualTo(Path.of("/home/rep/AppData/Roaming/Sales Call Planner"));
    }

    @Test
    void ensureExists_createsOwnerOnlyFoldersAndLeavesAnExistingFolderAlone() throws Exception {
        assumeTrue(OwnerOnly.POSIX);
        Path created = DataFolder.ensureExists(tmp.resolve("a/b/data"));
        assertThat(perm(created)).isEqualTo("rwx------");
        assertThat(perm(created.resolve(DataFolder.LOGS))).isEqualTo("rwx------");

        Path shared = Files.createDirectory(tmp.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        DataFolder.ensureExists(shared);
        assertThat(perm(shared)).isEqualTo("rwxr-x---");
    }

    private static String perm(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
