package com.salescallplanner.cli;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.check.CheckResult;
import com.salescallplanner.domain.check.LearnedPhrasings;
import com.salescallplanner.domain.check.ObjectiveChecker;
import com.salescallplanner.domain.check.WordTagger;
import com.salescallplanner.store.JsonText;
import com.salescallplanner.store.StoreException;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code check [--data DIR] --stage STAGE --stretch TEXT --conservative TEXT [--json]}: checks two objectives
 * against a stage. With {@code --data} it reads that folder's stage model, ladder and learned phrasings (the
 * rep's corrections), as the window does; without it the defaults. It only reads: no lock, no folder made, no
 * log file (the composition root sees {@code check} and logs to the terminal only). Exit status 0 when nothing
 * is an error, 1 when something is, 2 on a usage error, 3 when the data folder cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a call's stretch and conservative objectives against a stage.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no error-severity finding", "1:an error-severity finding", "2:usage error",
                "3:the data folder's planner cannot be read"})
final class CheckCommand implements Callable<Integer> {
    static final int NOT_READY = 1;

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Option(names = "--stage", required = true, paramLabel = "STAGE",
            description = "The prospect's stage, by name (case-insensitive): Prospecting, Discovery, ...")
    String stage;

    @Option(names = "--stretch", required = true, paramLabel = "TEXT", description = "The stretch objective.")
    String stretch;

    @Option(names = "--conservative", required = true, paramLabel = "TEXT",
            description = "The conservative objective.")
    String conservative;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--today", paramLabel = "DATE",
            description = "Resolve relative dates (\"next Tuesday\") against this ISO date (default: today).")
    LocalDate today;

    @Override
    public Integer call() {
        PlannerData data;
        try {
            data = root != null && root.dataGiven() ? root.read(spec).data() : PlannerData.empty();
        } catch (StoreException e) {
            return StoreErrors.report(spec, e);
        }
        StageModel stages = data.stages();
        Stage s = stages.findByName(stage).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown stage '" + stage + "'. Valid stages: " + stages.namesForMessage() + "."));
        Objective st = objective(Level.STRETCH, stretch);
        Objective co = objective(Level.CONSERVATIVE, conservative);
        ObjectiveChecker checker = new ObjectiveChecker(stages, data.ladder(),
                root == null ? WordTagger.NONE : root.tagger(), LearnedPhrasings.of(data.learned()));
        CheckResult result = checker.check(s.id(), st, co, false, today != null ? today : LocalDate.now());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.of(CheckReport.json(s.name(), result)));
        } else {
            CheckReport.text(s.name(), result).forEach(out::println);
        }
        out.flush();
        return result.ready() ? 0 : NOT_READY;
    }

    private Objective objective(Level level, String text) {
        try {
            return Objective.of(level, text);
        } catch (DomainException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
