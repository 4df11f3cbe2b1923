package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowRestartTest {
    @TempDir
    Path dir;

    @Test
    void forwarded_optionsBeforeTheJar_keptWithoutThePathsItSetsItself() {
        List<String> given = List.of("-Xmx1g", "-Dscp.startupTiming=true", "-cp", "other.jar", "--add-modules", "java.sql",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--module-path=mods", "-jar", "app.jar", "--data", "D");

        assertThat(WindowRestart.forwarded(given))
                .containsExactly("-Xmx1g", "-Dscp.startupTiming=true", "--add-opens", "java.base/java.lang=ALL-UNNAMED");
    }

    @Test
    void forwarded_mainClassGiven_programArgumentsAfterItNotTakenForJvmOptions() {
        List<String> given = List.of("-Dx=1", "-classpath", "a.jar", "com.salescallplanner.app.Launcher", "-Dnot=jvm");

        assertThat(WindowRestart.forwarded(given)).containsExactly("-Dx=1");
    }

    @Test
    void command_packagedLayout_javafxOnTheModulePathAndTheJarOnTheClassPath() throws IOException {
        Path jar = packagedJar();

        List<String> cmd = ModulePathJvm.of(jar).orElseThrow().command(List.of("-Xmx1g"), List.of("Main", "--data", "D"));

        Path lib = dir.resolve("lib");
        assertThat(cmd.subList(1, cmd.size())).containsExactly("-Xmx1g", "--module-path",
                lib.resolve("javafx-base-21-linux.jar") + File.pathSeparator + lib.resolve("javafx-graphics-21-linux.jar"),
                "--add-modules", "javafx.controls", "--enable-native-access=javafx.graphics", "-cp", jar.toString(), "Main", "--data", "D");
        assertThat(Path.of(cmd.get(0)).getFileName().toString()).startsWith("java");
    }

    @Test
    void of_noJavafxBesideTheJarOrAFolderOfClasses_noRestart() throws IOException {
        Path jar = Files.createFile(dir.resolve("app.jar"));
        Files.createDirectories(dir.resolve("lib"));
        Files.createFile(dir.resolve("lib/picocli.jar"));

        assertThat(ModulePathJvm.of(jar)).isEmpty();
        assertThat(ModulePathJvm.of(dir)).isEmpty();
    }

    @Test
    void options_archiveBesideTheJar_usedUnlessSharingWasChosenByHand() throws IOException {
        ModulePathJvm jvm = ModulePathJvm.of(packagedJar()).orElseThrow();
        assertThat(WindowRestart.options(jvm, "Windows 11", List.of("-Xmx1g"))).containsExactly("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");

        Path archive = Files.createFile(ClassDataArchive.beside(jvm.jar()));

        assertThat(WindowRestart.options(jvm, "Windows 11", List.of("-Xmx1g")))
                .containsExactly("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:SharedArchiveFile=" + archive);
        assertThat(WindowRestart.options(jvm, "Windows 11", List.of("-Xshare:off"))).containsExactly("-Xshare:off", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    }

    @Test
    void options_onLinux_hugePagesUnlessTheRepChoseThePages() throws IOException {
        ModulePathJvm jvm = ModulePathJvm.of(packagedJar()).orElseThrow();

        assertThat(WindowRestart.options(jvm, "Linux", List.of("-Xmx1g")))
                .containsExactly("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseTransparentHugePages");
        assertThat(WindowRestart.options(jvm, "Linux", List.of("-XX:-UseTransparentHugePages")))
                .containsExactly("-XX:-UseTransparentHugePages", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        assertThat(WindowRestart.options(jvm, "Linux", List.of("-XX:+UseLargePages")))
                .containsExactly("-XX:+UseLargePages", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        // Another system's JVM does not know the option and would refuse to start with it.
        assertThat(WindowRestart.options(jvm, "Mac OS X", List.of())).doesNotContain("-XX:+UseTransparentHugePages");
    }

    @Test
    void options_quickCompilerUnlessTheRepChoseHowToCompile() throws IOException {
        ModulePathJvm jvm = ModulePathJvm.of(packagedJar()).orElseThrow();

        assertThat(WindowRestart.options(jvm, "Windows 11", List.of())).containsExactly("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        assertThat(WindowRestart.options(jvm, "Windows 11", List.of("-XX:TieredStopAtLevel=4"))).containsExactly("-XX:TieredStopAtLevel=4");
        assertThat(WindowRestart.options(jvm, "Windows 11", List.of("-XX:-TieredCompilation"))).containsExactly("-XX:-TieredCompilation");
        // One compiler thread is valid with C1 alone: the rep's count wins, without the options that need one.
        assertThat(WindowRestart.options(jvm, "Windows 11", List.of("-XX:CICompilerCount=3"))).containsExactly("-XX:CICompilerCount=3");
    }

    @Test
    void fileName_vmVersion_namesTheArchiveSafely() {
        assertThat(ClassDataArchive.fileName("17.0.15+6-Debian-1deb12u1"))
                .isEqualTo("sales-call-planner-17.0.15+6-Debian-1deb12u1.jsa");
        assertThat(ClassDataArchive.fileName("25/x y")).isEqualTo("sales-call-planner-25_x_y.jsa");
    }

    private Path packagedJar() throws IOException {
        Path jar = Files.createFile(dir.resolve("sales-call-planner.jar"));
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.createFile(lib.resolve("javafx-graphics-21-linux.jar"));
        Files.createFile(lib.resolve("javafx-base-21-linux.jar"));
        Files.createFile(lib.resolve("picocli.jar"));
        return jar;
    }
}
