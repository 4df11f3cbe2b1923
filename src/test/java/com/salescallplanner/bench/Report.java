package com.salescallplanner.bench;

import java.time.LocalDateTime;
import java.util.List;

/** The figures as a Markdown section, ready for docs/performance.md. */
record Report(Settings settings, LocalDateTime started, String machine, String loadBefore, String loadAfter,
              List<Figure> figures) {
    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Run of ").append(started.toString().replace('T', ' ')).append(" with `mvn -B -Pbench -DskipTests verify`")
                .append(" on ").append(settings.prospects()).append(" prospects and ").append(settings.calls())
                .append(" calls (seed ").append(Settings.SEED).append("); medians of ").append(settings.rounds())
                .append(" rounds after ").append(settings.warmups()).append(" warm-up rounds.\n\n");
        sb.append("Machine: ").append(machine).append(".\n");
        sb.append("Load average (1, 5, 15 min): ").append(loadBefore).append(" at the start, ").append(loadAfter)
                .append(" at the end.\n\n");
        sb.append("| figure | median | floor | ratio | target | |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            sb.append(f.row()).append('\n');
        }
        sb.append("\nEvery run, in order:\n\n");
        for (Figure f : figures) {
            sb.append(f.detail()).append('\n');
        }
        return sb.toString();
    }
}
