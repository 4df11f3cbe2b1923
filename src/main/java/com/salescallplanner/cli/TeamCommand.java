package com.salescallplanner.cli;

import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.store.team.TeamException;

import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code team init | add-rep | upload --server URL}: set up a team database and move into it (docs/team.md). */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Set up a team database on a PostgreSQL server and move a planner into it (docs/team.md).",
        subcommands = {TeamCommand.Init.class, TeamCommand.AddRep.class, TeamCommand.Upload.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "2:bad arguments", "3:the server refused or could not be reached",
                "5:the login was refused (password)"})
final class TeamCommand implements Callable<Integer> {
    static final int LOGIN_REFUSED = 5;
    private static final Logger LOG = LoggerFactory.getLogger(TeamCommand.class);

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    static int print(CommandSpec spec, List<String> lines) {
        lines.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** What a subcommand asks of the team database at {@code url}: the lines to print. */
    interface ServerWork {
        List<String> at(String url) throws TeamException;
    }

    /** Runs {@code work}: its lines printed, the server's refusal reported, a bad value a usage error. */
    static int run(CommandSpec spec, String url, ServerWork work) {
        try {
            return print(spec, work.at(url));
        } catch (TeamException e) {
            return report(spec, e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static int report(CommandSpec spec, TeamException e) {
        LOG.info("{} failed: {}", spec.qualifiedName(), e.getMessage(), e);
        spec.commandLine().getErr().println("Error: " + e.getMessage());
        return e.kind() == TeamException.Kind.LOGIN ? LOGIN_REFUSED : StoreErrors.DATA_ERROR;
    }

    static String server(CommandSpec spec, RootCommand root) {
        if (root.serverOption() == null) {
            throw new ParameterException(spec.commandLine(), "Give the team database with --server URL, "
                    + "e.g. --server postgresql://db.example.com:5432/sales.");
        }
        return root.serverOption();
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the planner's schema, roles and row-level security policies (run as the database's "
                    + "administrator; running it again changes nothing).")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, server(spec, team.root), url -> team.root.teams().init(url));
        }
    }

    @Command(name = "add-rep", mixinStandardHelpOptions = true,
            description = "Add a rep (a PostgreSQL login role of their own) to the team of --manager (made when new), "
                    + "or to the team 'default'. Prints the new logins' passwords once.")
    static final class AddRep implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The rep's login name: lower-case letters, digits, '_'.")
        String name;

        @Option(names = "--manager", paramLabel = "NAME", description = "Their manager, who reads the team's plans and coaches.")
        String manager;

        @Override
        public Integer call() {
            return run(spec, server(spec, team.root), url -> team.root.teams().addRep(url, name, manager));
        }
    }

    @Command(name = "upload", mixinStandardHelpOptions = true,
            description = "Copy the planner in --data DIR into the team database as the rep in --server's URL "
                    + "(the local records win; running it again changes nothing). The local folder is only read.")
    static final class Upload implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String url = server(spec, team.root);
            LoadResult local;
            try {
                local = team.root.readLocal(spec);
            } catch (StoreException e) {
                return StoreErrors.report(spec, e);
            }
            return run(spec, url, u -> team.root.teams().upload(u, local.data()));
        }
    }
}
