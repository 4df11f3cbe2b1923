package com.salescallplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The jar's class data archive (AppCDS): the window's classes, JavaFX's and the JDK's, parsed and
 * verified once when {@code mvn package} runs, and mapped into memory by every start of the window
 * instead (issue 15: the first frame came about 0.7 s sooner, the data about a second sooner;
 * docs/performance.md). The classes to archive are those the window loads until the data is shown,
 * listed in {@code src/main/cds/classes.lst} ({@code docs/scripts/cds-class-list.sh} makes it
 * again); a class missing from an older list is simply loaded from the jar as before.
 *
 * <p>A JVM uses an archive only when its class path and module path are those the archive was made
 * with; otherwise (the jar moved, another JDK) it starts as if there were none, without a word. So
 * the archive is dumped with the {@link ModulePathJvm} command that {@link WindowRestart} runs.
 */
final class ClassDataArchive {
    private ClassDataArchive() {
    }

    /**
     * The archive for this JVM beside the jar. An archive serves only the JVM build that made it, and
     * another one names it an error on the terminal; so its name says which build it is for, and a rep
     * starting the jar with another Java simply finds none.
     */
    static Path beside(Path jar) {
        return jar.toAbsolutePath().getParent().resolve(fileName(System.getProperty("java.vm.version", "")));
    }

    /** Made without a regular expression or string concatenation: run before the window's JVM starts. */
    static String fileName(String vmVersion) {
        StringBuilder name = new StringBuilder("sales-call-planner-");
        for (int i = 0; i < vmVersion.length(); i++) {
            char c = vmVersion.charAt(i);
            boolean kept = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || ".+_-".indexOf(c) >= 0;
            name.append(kept ? c : '_');
        }
        return name.append(".jsa").toString();
    }

    /**
     * Run by {@code mvn package}: {@code java -cp target/sales-call-planner.jar ...ClassDataArchive
     * CLASS_LIST}. Writes the archive beside the jar and the dump's output (its warnings about
     * listed classes that no longer exist are expected) to {@code cds-dump.log} beside it; a dump
     * that fails is a warning in the build's output, not a failed build.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: ClassDataArchive CLASS_LIST");
        }
        ModulePathJvm jvm = ModulePathJvm.ofRunningJar().orElseThrow(() ->
                new IllegalStateException("Run from the packaged jar, with the JavaFX jars in lib/ beside it"));
        Path archive = beside(jvm.jar());
        Files.deleteIfExists(archive); // a failed dump must not leave the last one to look current
        Path log = jvm.jar().getParent().resolve("cds-dump.log");
        Process dump = new ProcessBuilder(jvm.command(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + args[0],
                "-XX:SharedArchiveFile=" + archive), List.of()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = dump.waitFor();
        if (status != 0 || !Files.isRegularFile(archive)) {
            // Not a build failure: the jar works without an archive, only starts slower (a JVM without
            // class data sharing, say). The build log says so.
            System.err.println("WARNING: the class data archive was not made (exit status " + status + "); the jar "
                    + "starts without it. See " + log);
        }
    }
}
