package com.salescallplanner.app;

import com.salescallplanner.cli.RootCommand;
import com.salescallplanner.cli.StoreAccess;
import com.salescallplanner.store.DataFolder;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.ui.DesktopApp;

import java.nio.file.Path;

import picocli.CommandLine;

/** The composition root: picks the data folder, sets up logging, and wires the CLI and the UI. */
final class Composition {
    /** Returned when the window is open: the JavaFX thread keeps the process alive. */
    static final int KEEP_RUNNING = Integer.MIN_VALUE;

    int run(String[] args) {
        LoggingSetup.configure(DataFolder.resolve(LoggingSetup.dataOption(args)));
        RootCommand root = new RootCommand(this::startGui, DataFolder::resolve, new StoreAccess() {
            @Override
            public PlannerStore openForReading(Path folder) {
                return PlannerStore.openForReading(folder);
            }

            @Override
            public PlannerStore openForWriting(Path folder) throws StoreException {
                return PlannerStore.openForWriting(folder);
            }
        });
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }

    private Integer startGui(Path folder) {
        DesktopApp.start(DesktopWiring.services(folder));
        return KEEP_RUNNING;
    }
}
