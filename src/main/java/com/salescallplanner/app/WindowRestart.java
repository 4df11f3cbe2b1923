package com.salescallplanner.app;

import com.salescallplanner.ui.shell.StartupTiming;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code java -jar sales-call-planner.jar} opening the window runs the window in a second JVM
 * started from the {@link ModulePathJvm} command: JavaFX on the module path (the configuration
 * JavaFX supports, so it prints no warning about the class path) and the jar's class data archive,
 * which makes the window and the data appear about a second sooner (docs/performance.md), more than
 * the second JVM's start costs. This JVM loads nothing but this class and waits for the window's,
 * passing on its exit status; its terminal and its JVM options (-Xmx, -D...) go to the window's.
 * A command of the command line needs no JavaFX and runs here at once.
 */
final class WindowRestart {
    /** Launcher options that take the next argument as their value. */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports",
            "--add-opens", "--patch-module");
    /** Options this restart sets itself: the user's are dropped (the class and module paths). */
    private static final Set<String> REPLACED = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--add-modules");

    private WindowRestart() {
    }

    /** Runs the window in a second JVM when that is wanted and possible; its exit status, or empty to go on here. */
    static OptionalInt runWindowElsewhere(String[] args) {
        // Not ClassPathJavaFx.onClassPath(): that class starts java.util.logging, which this JVM does without.
        // The installed app (jpackage) names the module path in its own launcher's options, and has no java to restart.
        if (javafxIsAModule() || System.getProperty("jpackage.app-path") != null
                || !RootArguments.of(args).onlyWindowOptions()) {
            return OptionalInt.empty();
        }
        Optional<ModulePathJvm> jvm = ModulePathJvm.ofRunningJar();
        if (jvm.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> tail = new ArrayList<>(List.of(Launcher.class.getName()));
        tail.addAll(List.of(args));
        ProcessBuilder window = new ProcessBuilder(jvm.get().command(options(jvm.get(), jvmArguments()), tail)).inheritIO();
        Process started;
        try {
            started = window.start();
        } catch (IOException e) {
            return OptionalInt.empty(); // the window opens in this JVM instead, JavaFX on the class path
        }
        // Stopped (Ctrl+C, a session's end): the window is asked to close too, and saves as on any close.
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                started.destroy();
            }
        }, "stop-window"));
        while (true) {
            try {
                return OptionalInt.of(started.waitFor());
            } catch (InterruptedException e) {
                // nothing interrupts the main thread on purpose: keep waiting for the window
            }
        }
    }

    /**
     * JavaFX is among the boot layer's modules: this JVM already runs as the restart would. A loop,
     * not {@code ModuleLayer.findModule}, whose streams and lambdas cost this JVM about 10 ms before
     * the window's can start (docs/performance.md).
     */
    private static boolean javafxIsAModule() {
        for (Module m : ModuleLayer.boot().modules()) {
            if ("javafx.graphics".equals(m.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The window's JVM options: this JVM's, without the paths; the archive unless sharing was set by
     * hand; the quick compiler ({@link WindowJvmOptions}) unless the compiler was; on Linux huge pages
     * unless the pages were.
     */
    static List<String> options(ModulePathJvm jvm, List<String> given) {
        return options(jvm, System.getProperty("os.name", ""), given);
    }

    /** As {@link #options(ModulePathJvm, List)} on the system named {@code osName}: huge pages on Linux unless chosen by hand. */
    static List<String> options(ModulePathJvm jvm, String osName, List<String> given) {
        List<String> options = forwarded(given);
        options.addAll(WindowJvmOptions.notChosenIn(options, osName));
        boolean sharingChosen = false;
        for (String o : options) {
            sharingChosen |= o.startsWith("-Xshare") || o.startsWith("-XX:SharedArchiveFile")
                    || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-XX:DumpLoadedClassList");
        }
        Optional<Path> archive = jvm.archive();
        if (!sharingChosen && archive.isPresent()) {
            options.add("-XX:SharedArchiveFile=".concat(archive.get().toString())); // no concatenation set-up
        }
        if (Boolean.getBoolean(StartupTiming.PROPERTY)) {
            // The start-up figures count from the rep's command, this JVM's start: the window's JVM works it out.
            options.add(StartupTiming.RESTARTED_OPTION);
        }
        return options;
    }

    /** The JVM options among a java command's arguments: those before {@code -jar} or the main class. */
    static List<String> forwarded(List<String> arguments) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("-jar") || !a.startsWith("-")) {
                break;
            }
            boolean separateValue = WITH_VALUE.contains(a);
            int equals = a.indexOf('=');
            String name = separateValue || equals < 0 ? a : a.substring(0, equals);
            if (!REPLACED.contains(name)) {
                kept.add(a);
                if (separateValue && i + 1 < arguments.size()) {
                    kept.add(arguments.get(i + 1));
                }
            }
            if (separateValue) {
                i++;
            }
        }
        return kept;
    }

    /** This JVM's command-line arguments (the OS's view; the management bean's where the OS gives none). */
    private static List<String> jvmArguments() {
        Optional<String[]> fromOs = ProcessHandle.current().info().arguments();
        if (fromOs.isPresent()) {
            return List.of(fromOs.get());
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
}
