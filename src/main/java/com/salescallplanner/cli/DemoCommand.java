package com.salescallplanner.cli;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.store.Backup;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code demo --prospects N --calls M [--seed S] [--force]}: fills the data folder with sample
 * data in one atomic save. Existing data is replaced only with --force, and then kept in the
 * backups like any replaced version.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the data folder with realistic sample data (prospects, plans, reviewed and upcoming calls).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--prospects", paramLabel = "N", defaultValue = "40", description = "Prospects (default: ${DEFAULT-VALUE}).")
    int prospects;

    @Option(names = "--calls", paramLabel = "M", defaultValue = "300", description = "Calls in all (default: ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for repeatable data (default: a new one each run).")
    Long seed;

    @Option(names = "--force", description = "Replace existing data (the current file is kept in the backups).")
    boolean force;

    @Override
    public Integer call() {
        long s = seed != null ? seed : System.nanoTime();
        PlannerData data;
        try {
            data = SampleGenerator.generate(prospects, calls, s, ZonedDateTime.now());
        } catch (DomainException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (PlannerStore store = root.stores().openForWriting(root.dataFolder())) {
            Integer refused = refuseToReplace(store);
            if (refused != null) {
                return refused;
            }
            store.save(data);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Wrote " + prospects + " prospects and " + calls + " calls to " + store.file()
                    + " (seed " + s + ").");
            List<Backup> backups = store.backups();
            if (force && !backups.isEmpty()) {
                out.println("The previous data is kept as " + backups.get(0).displayName() + ".");
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            return StoreErrors.report(spec, e);
        }
    }

    /** Null when the folder holds nothing to lose or --force was given; else the exit status. */
    private Integer refuseToReplace(PlannerStore store) throws StoreException {
        LoadResult current;
        try {
            current = store.load();
        } catch (StoreException e) {
            if (force && e.kind() == StoreException.Kind.UNREADABLE) {
                return null; // the save sets the unreadable file aside; nothing is overwritten
            }
            throw e;
        }
        if (current.newFile() || current.data().equals(PlannerData.empty()) || force) {
            return null;
        }
        spec.commandLine().getErr().println("Error: " + store.file() + " already holds "
                + current.data().prospects().size() + " prospects and " + current.data().calls().size()
                + " calls. Nothing was changed. To replace them with sample data, run again with --force "
                + "(the current file is kept in " + PlannerStore.BACKUP_FOLDER + ").");
        return StoreErrors.REFUSED;
    }
}
