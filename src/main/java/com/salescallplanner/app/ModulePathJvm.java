package com.salescallplanner.app;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The java command that runs the jar with JavaFX on the module path, as JavaFX asks (issue 14, item
 * 10; decision 0012), and with the jar's class data archive when {@code mvn package} built one
 * (issue 15; {@link ClassDataArchive}). A jar's manifest cannot name a module path, so
 * {@code java -jar} puts JavaFX on the class path; {@link WindowRestart} starts this command instead
 * when the jar opens the window. The archive is dumped with this same command, so the two always
 * agree on the module path and the class path, which the JVM checks before it uses an archive.
 */
final class ModulePathJvm {
    /** The modules the window needs; javafx.controls brings javafx.graphics and javafx.base. */
    static final String MODULES = "javafx.controls";

    private final Path jar;
    private final List<Path> javafxJars;

    private ModulePathJvm(Path jar, List<Path> javafxJars) {
        this.jar = jar;
        this.javafxJars = javafxJars;
    }

    /**
     * The jar this class was loaded from and the JavaFX jars in its {@code lib/}, as {@code mvn package}
     * lays them out; empty when the program runs from a folder of classes (tests, {@code mvn javafx:run}).
     */
    static Optional<ModulePathJvm> ofRunningJar() {
        try {
            Path source = Path.of(ModulePathJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(source);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty(); // no jar to name: the program runs as it was started
        }
    }

    static Optional<ModulePathJvm> of(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
            return Optional.empty();
        }
        Path lib = jar.toAbsolutePath().getParent().resolve("lib");
        // A plain loop, no stream, lambda or glob (a regular expression): this runs before the window's
        // JVM starts, and the first lambda of a JVM costs it tens of milliseconds of set-up.
        List<Path> javafx = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(lib)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.startsWith("javafx-") && name.endsWith(".jar")) {
                    javafx.add(p);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        Collections.sort(javafx);
        return javafx.isEmpty() ? Optional.empty() : Optional.of(new ModulePathJvm(jar.toAbsolutePath(), javafx));
    }

    Path jar() {
        return jar;
    }

    /** The archive beside the jar, if {@code mvn package} made one. */
    Optional<Path> archive() {
        Path archive = ClassDataArchive.beside(jar);
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    /** The running java (javaw where the jar was opened with it, so that no console appears). */
    private static String javaCommand() {
        Optional<String> running = ProcessHandle.current().info().command();
        return running.isPresent() ? running.get() : Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * {@code java OPTIONS --module-path JAVAFX --add-modules javafx.controls -cp JAR TAIL}: the
     * options go before the module path (the JVM's own, such as -Xmx or -D), the tail is the main
     * class and its arguments, or nothing when the JVM only dumps an archive.
     */
    List<String> command(List<String> options, List<String> tail) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaCommand());
        cmd.addAll(options);
        cmd.add("--module-path");
        StringBuilder modulePath = new StringBuilder();
        for (Path p : javafxJars) {
            modulePath.append(modulePath.isEmpty() ? "" : File.pathSeparator).append(p);
        }
        cmd.add(modulePath.toString());
        cmd.add("--add-modules");
        cmd.add(MODULES);
        // JavaFX loads its native libraries; Java 22 and later warn about that unless it is allowed.
        cmd.add("--enable-native-access=javafx.graphics");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.addAll(tail);
        return cmd;
    }
}
