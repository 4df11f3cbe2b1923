package com.salescallplanner.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Load, save and memory figures, each measured in a JVM of its own. */
final class StoreFigures {
    private StoreFigures() {
    }

    static List<Figure> measure(ChildJvm jvm, Path data, int rounds) throws Exception {
        System.out.println("Store: load and save (" + rounds + " rounds after warm-up)");
        List<Figure> out = new ArrayList<>();
        List<Samples> all = new ArrayList<>();
        for (String what : List.of("load", "save", "edit")) {
            all.addAll(jvm.run(StoreBench.class.getName(), List.of(data.toString(), String.valueOf(rounds),
                    String.valueOf(Settings.fromProperties().warmups()), what), 30));
        }
        for (Samples s : all) {
            switch (s.name()) {
                case "load" -> out.add(new Figure("load", "PlannerStore.load (read, check every field, build "
                        + "the model)", "Jackson readTree of the same file", "ms", s, 1.5, false));
                case "save" -> out.add(new Figure("save", "one prospect edited, then PlannerStore.save (temp file, "
                        + "fsync, backup, atomic rename, folder sync)", "the same bytes written and forced to disk",
                        "ms", s, 2, false));
                case "save-after-load" -> out.add(new Figure("first save after a load", "PlannerStore.save of the "
                        + "data just loaded (nothing from an earlier save to reuse)", "the same bytes written and "
                        + "forced to disk", "ms", s, Double.NaN, false));
                case "save-new-file" -> out.add(new Figure("save, against a new file", "the save above",
                        "the same bytes written to a new file and forced (the last 10 kept, as the backups are)",
                        "ms", s, Double.NaN, false));
                case "submit" -> out.add(new Figure("edit during a save", "AutoSaver.submit while a save of the "
                        + "whole store runs", "AutoSaver.submit with the saver idle", "ms", s, 1, true));
                case "edit" -> {
                    String subject = "one prospect edited, then PlannerStore.saveEdits (the changed record appended "
                            + "to planner.journal and forced to disk)";
                    String floor = "the same bytes appended to a file and forced to disk";
                    out.add(new Figure("edit made durable", subject, floor, "ms", s, 2, false));
                    out.add(new Figure("edit made durable, time", subject, floor, "ms", s, 10, true));
                }
                case "edit-warm" -> out.add(new Figure("edit made durable, after 2,000 more",
                        "the same, in the same JVM after 2,000 more edits (the JIT has compiled the path; "
                                + "the journal folded on the way)", "the same bytes appended to a file and forced to disk",
                        "ms", s, 2, false));
                default -> throw new IllegalStateException("unexpected samples " + s.name());
            }
        }
        return out;
    }

    static Figure memory(ChildJvm jvm, Path data) throws Exception {
        System.out.println("Memory: heap after loading");
        Samples s = jvm.run(MemoryBench.class.getName(), List.of(data.toString()), 10).stream()
                .filter(x -> x.name().equals("memory")).findFirst().orElseThrow();
        // Issue 15: the memory after loading at most the file's size.
        return new Figure("memory", "heap in use after loading, after GC", "size of planner.json", "MB", s,
                1.0, false);
    }
}
