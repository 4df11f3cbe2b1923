package com.salescallplanner.store.format;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.type.TypeReference;

/**
 * The program behind "readying Jackson's reader" in docs/performance.md (issue 15): in a fresh JVM,
 * the prospects of a data folder's planner read first ({@link PlannerJson#readProspectsFirst}), with
 * or without Jackson's readers made before (the strict mapper's reader of the document and of a list
 * of prospects), timing both.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -cp "target/classes:target/test-classes:target/lib/*" \
 *     com.salescallplanner.store.format.ReaderSetUpProbe DIR [ready]
 * </pre>
 */
public final class ReaderSetUpProbe {
    private ReaderSetUpProbe() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        if (args.length > 1) {
            Mappers.STRICT.readerFor(JsonDocument.class);
            Mappers.STRICT.readerFor(new TypeReference<List<JsonProspect>>() { });
        }
        long t1 = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0], "planner.json")), 1 << 16)) {
            int n = PlannerJson.readProspectsFirst(in).map(x -> x.prospects().size()).orElse(-1);
            long t2 = System.nanoTime();
            System.out.printf("readers made in %d ms, then %d prospects read in %d ms%n", (t1 - t0) / 1_000_000, n,
                    (t2 - t1) / 1_000_000);
        }
    }
}
