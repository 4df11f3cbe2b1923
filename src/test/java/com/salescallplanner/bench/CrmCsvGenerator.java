package com.salescallplanner.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A Salesforce opportunity report of {@code rows} distinct deals, the same for a given seed: what
 * a rep with a large pipeline exports. Stages, amounts and dates vary as in a real report.
 */
final class CrmCsvGenerator {
    private static final List<String> STAGES = List.of("Prospecting", "Qualification", "Needs Analysis",
            "Value Proposition", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost");

    private CrmCsvGenerator() {
    }

    static Path write(Path file, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("\"Opportunity ID\",\"Opportunity Name\",\"Account Name\",\"Stage\",\"Amount\",\"Close Date\","
                    + "\"Opportunity Owner\",\"Created Date\"\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.format(Locale.ROOT, "\"006%012d\",\"Deal %d, phase %d\",\"Company %d GmbH\",\"%s\","
                                + "\"$%,d.00\",\"%d/%d/2026\",\"Rep %d\",\"%d/%d/2025\"\n", i, i, 1 + r.nextInt(3), i,
                        STAGES.get(r.nextInt(STAGES.size())), 1_000 + r.nextInt(500_000), 1 + r.nextInt(12),
                        1 + r.nextInt(28), r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            }
        }
        return file;
    }
}
