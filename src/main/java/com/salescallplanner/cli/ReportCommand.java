package com.salescallplanner.cli;

import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.report.ReportPeriod;
import com.salescallplanner.domain.report.ReportSnapshot;
import com.salescallplanner.store.JsonText;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.StoreException;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report [--json] [--from DATE] [--to DATE]}: the figures of the window's Reports view.
 * Reads only, so it works while the window is open.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print the Reports view's figures: hit rates of the stretch and conservative objectives "
                + "and the advance rate (overall, by stage, by month), days in stage, open prospects by stage "
                + "and the stranded prospects.",
                "--from and --to limit the hit rates to calls that started on those days (both included); "
                        + "the other figures describe today."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of calls counted, as YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of calls counted, as YYYY-MM-DD.")
    String to;

    @Override
    public Integer call() {
        ReportPeriod period = period();
        LoadResult loaded;
        try {
            loaded = root.read(spec);
        } catch (StoreException e) {
            return StoreErrors.report(spec, e);
        }
        ReportSnapshot report = ReportSnapshot.of(loaded.data(), ZonedDateTime.now(), period);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.pretty(ReportJson.of(report, period)));
        } else {
            out.print(ReportText.of(report, period));
        }
        out.flush();
        return 0;
    }

    /** The period asked for; a date that does not parse, or a start after the end, is a usage error (exit 2). */
    private ReportPeriod period() {
        LocalDate start = date("--from", from);
        LocalDate end = date("--to", to);
        try {
            return new ReportPeriod(start, end);
        } catch (DomainException e) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " --to " + to + ": " + e.getMessage());
        }
    }

    private LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    option + " " + value + ": not a date; write it as YYYY-MM-DD, e.g. 2025-03-01.");
        }
    }
}
