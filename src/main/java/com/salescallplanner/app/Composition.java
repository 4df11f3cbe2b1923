package com.salescallplanner.app;

import com.salescallplanner.cli.RootCommand;
import com.salescallplanner.domain.check.DeferredTagger;
import com.salescallplanner.domain.check.WordTagger;
import com.salescallplanner.nlp.TaggerLoader;
import com.salescallplanner.store.DataFolder;
import com.salescallplanner.ui.shell.DesktopApp;

import java.nio.file.Path;

import picocli.CommandLine;

/** The composition root: picks the data folder, sets up logging, and wires the CLI and the UI. */
final class Composition {
    /** Returned when the window is open: the JavaFX thread keeps the process alive. */
    static final int KEEP_RUNNING = Integer.MIN_VALUE;

    int run(String[] args) {
        RootArguments given = RootArguments.of(args);
        Path folder = DataFolder.resolve(given.data());
        if (given.onlyReads()) {
            LoggingSetup.configureWithoutFile();
        } else {
            LoggingSetup.configure(folder);
        }
        if (given.opensWindowOnly()) {
            // The window's fast path (docs/performance.md): no command-line model to build (picocli
            // reflects over every command). Logback (configured in code, LogbackConfiguration) starts
            // on another thread while JavaFX starts; the window's services, whose loggers wait for
            // it, are made on the JavaFX thread (DesktopApp.start).
            LoggingStart.inBackground();
            return startGui(folder, null);
        }
        RootCommand[] made = new RootCommand[1];
        RootCommand root = new RootCommand(f -> startGui(f, made[0].serverOption()), DataFolder::resolve,
                new CommandStoreAccess(), Composition::loadedTagger, new TeamConnections());
        made[0] = root;
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        RootCommand.neutraliseControlCharacters(cl);
        return cl.execute(args);
    }

    /** @param server the team database's URL ({@code --server}), or null for the data folder's planner.json */
    private Integer startGui(Path folder, String server) {
        // --server wins; else what Settings > Team remembered (a one-line file, when there is one).
        String chosen = server != null ? server : TeamServerFile.read(folder);
        // Reading the window's settings starts now, on a thread of its own, while JavaFX starts. The
        // objective reader's tagger model loads once the data is in the window (it took a core from
        // the window's start); the reader does without it until it is there.
        PropertiesSettingsStore settings = new PropertiesSettingsStore(folder);
        DeferredTagger tagger = new DeferredTagger();
        DesktopApp.start(() -> DesktopWiring.services(folder, chosen, settings, tagger),
                DesktopWiring.remembered(folder, settings, tagger),
                () -> TaggerLoader.startLoading(tagger, LoggingStart::awaitReady));
        return KEEP_RUNNING;
    }

    /** The command line's tagger: loaded before the one objective check it serves. */
    static WordTagger loadedTagger() {
        DeferredTagger tagger = new DeferredTagger();
        TaggerLoader.loadInto(tagger);
        return tagger;
    }
}
