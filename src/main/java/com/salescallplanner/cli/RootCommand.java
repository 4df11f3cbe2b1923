package com.salescallplanner.cli;

import com.salescallplanner.domain.check.WordTagger;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.store.format.PlannerJson;
import com.salescallplanner.store.team.TeamException;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code sales-call-planner [--data DIR] [COMMAND]}: with no command it opens the window,
 * with one it is the command line. The GUI starter is injected so this package needs no JavaFX.
 */
@Command(name = "sales-call-planner", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plan every B2B sales call as an advance. Without a command, opens the window.",
        subcommands = {CheckCommand.class, ListCommand.class, DemoCommand.class, ImportCommand.class,
                ExportCommand.class, ReportCommand.class, TeamCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data folder (default: $SALES_CALL_PLANNER_DATA, else the OS's app-data folder).")
    String dataOption;

    @Option(names = "--server", paramLabel = "URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Use the team database postgresql://[user@]host[:port]/database instead of the data folder "
                    + "(the password from ~/.pgpass or PGPASSFILE, else asked for; docs/team.md).")
    String serverOption;

    private final Function<Path, Integer> guiStarter;
    private final Function<String, Path> folderResolver;
    private final StoreAccess stores;
    private final Supplier<WordTagger> taggers;
    private final TeamAccess teams;

    /** A root whose {@code check} reads with the reader's rules only. */
    public RootCommand(Function<Path, Integer> guiStarter, Function<String, Path> folderResolver,
                       StoreAccess stores) {
        this(guiStarter, folderResolver, stores, () -> WordTagger.NONE, TeamAccess.NONE);
    }

    /** @param taggers makes the objective reader's tagger when {@code check} needs it (loading a model takes time) */
    public RootCommand(Function<Path, Integer> guiStarter, Function<String, Path> folderResolver,
                       StoreAccess stores, Supplier<WordTagger> taggers) {
        this(guiStarter, folderResolver, stores, taggers, TeamAccess.NONE);
    }

    public RootCommand(Function<Path, Integer> guiStarter, Function<String, Path> folderResolver,
                       StoreAccess stores, TeamAccess teams) {
        this(guiStarter, folderResolver, stores, () -> WordTagger.NONE, teams);
    }

    /**
     * @param taggers makes the objective reader's tagger when {@code check} needs it (loading a model takes time)
     * @param teams   the team database, for {@code --server} and the {@code team} commands
     */
    public RootCommand(Function<Path, Integer> guiStarter, Function<String, Path> folderResolver,
                       StoreAccess stores, Supplier<WordTagger> taggers, TeamAccess teams) {
        this.guiStarter = guiStarter;
        this.folderResolver = folderResolver;
        this.stores = stores;
        this.taggers = taggers;
        this.teams = teams;
    }

    /** The objective reader's tagger for {@code check}. */
    WordTagger tagger() {
        return taggers.get();
    }

    TeamAccess teams() {
        return teams;
    }

    /** The team database's URL given with {@code --server}, or null for the data folder. */
    public String serverOption() {
        return serverOption;
    }

    /** Opens the data folder's store for the subcommands. */
    StoreAccess stores() {
        return stores;
    }

    /**
     * Reads the data folder's planner without taking its lock (so it works while the window is
     * open) and prints the store's note about the file, if any, on stderr.
     */
    LoadResult read(CommandSpec spec) throws StoreException {
        if (serverOption != null) {
            try {
                return new LoadResult(teams.read(serverOption), false, PlannerJson.CURRENT_VERSION, Optional.empty(),
                        Optional.empty());
            } catch (TeamException | IllegalArgumentException e) {
                throw StoreException.io(e.getMessage(), e);
            }
        }
        return readLocal(spec);
    }

    /** The data folder's planner, whatever --server says (for team upload). */
    LoadResult readLocal(CommandSpec spec) throws StoreException {
        LoadResult loaded = stores.openForReading(dataFolder()).load();
        loaded.notice().ifPresent(n -> spec.commandLine().getErr().println("Note: " + n));
        return loaded;
    }

    /**
     * Makes everything the command line prints (through the writers it has now) safe for a
     * terminal: control characters from the data, a CSV or an argument come out as U+FFFD
     * ({@link TerminalWriter}). The composition root calls it, and so do the tests.
     */
    public static void neutraliseControlCharacters(picocli.CommandLine cl) {
        TerminalWriter.install(cl);
    }

    /** True when {@code --data DIR} was given (not only the environment or the OS default). */
    boolean dataGiven() {
        return dataOption != null;
    }

    /** The data folder chosen by {@code --data}, the environment or the OS default. */
    public Path dataFolder() {
        return folderResolver.apply(dataOption);
    }

    @Override
    public Integer call() {
        return guiStarter.apply(dataFolder());
    }
}
