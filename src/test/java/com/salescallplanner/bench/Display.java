package com.salescallplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the windows of the start-up runs appear: a virtual X display (Xvfb, started here and
 * stopped again) when Xvfb is installed, else JavaFX's headless Monocle. Floor and app always
 * get the same one.
 */
final class Display implements AutoCloseable {
    private final String name;
    private final List<String> flags;
    private final Map<String, String> environment;
    private final Process xvfb;

    private Display(String name, List<String> flags, Map<String, String> environment, Process xvfb) {
        this.name = name;
        this.flags = flags;
        this.environment = environment;
        this.xvfb = xvfb;
    }

    /** @param choice {@code xvfb}, {@code monocle} or {@code auto} (Xvfb when installed) */
    static Display open(String choice) throws IOException, InterruptedException {
        boolean haveXvfb = Files.isExecutable(Path.of("/usr/bin/Xvfb"));
        if (choice.equals("monocle") || choice.equals("auto") && !haveXvfb) {
            return monocle();
        }
        int n = 90;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
            n++;
        }
        Process p = new ProcessBuilder("/usr/bin/Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException("Xvfb :" + n + " did not start");
            }
            Thread.sleep(100);
        }
        return new Display("Xvfb :" + n + " (1600x1000x24, GTK glass)", List.of(), Map.of("DISPLAY", ":" + n), p);
    }

    /** Headless Monocle, as the TestFX tests use it. */
    static Display monocle() {
        return new Display("Monocle headless (software rendering)", List.of("-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k"), Map.of(), null);
    }

    String name() {
        return name;
    }

    List<String> flags() {
        return flags;
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }
}
