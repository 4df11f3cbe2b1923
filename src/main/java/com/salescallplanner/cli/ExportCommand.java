package com.salescallplanner.cli;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.store.export.CallExport;
import com.salescallplanner.store.export.CallExportFormat;
import com.salescallplanner.store.export.ExportFiles;
import com.salescallplanner.store.export.ExportedFile;
import com.salescallplanner.store.export.ProspectListCsv;
import com.salescallplanner.store.format.PlannerJson;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export --call ID --format ics|md|pdf --out FILE} and
 * {@code export --prospects --format csv --out FILE} and
 * {@code export --json --out planner.json} (the whole planner, e.g. from {@code --server}). Reads only, so it works while the window
 * is open; the output file is written whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a call to your calendar (ics) or as a call sheet (md, pdf), or the prospect list as CSV.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the file was written", "2:bad arguments (including an unknown call id, or an --out that is one of the planner's own files)",
                "3:the data file could not be read, or the output file could not be written"})
final class ExportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);
    /** picocli's status for bad arguments. */
    private static final int USAGE = 2;


    static final class What {
        @Option(names = "--call", paramLabel = "ID", required = true, description = "The call to export (its id, e.g. from 'list --json').")
        String call;

        @Option(names = "--prospects", required = true, description = "Export the prospect list.")
        boolean prospects;

        @Option(names = "--json", required = true, description = "Export the whole planner as a planner.json "
                + "(e.g. from --server: a local planner that opens with --data).")
        boolean json;
    }

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ics, md or pdf for a call; csv for the prospects; json (the default) with --json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        CallId callId = what.call == null ? null : callId();
        checkFormat();
        ExportFiles files = ExportFiles.keepingOutOf(root.dataFolder());
        Optional<String> refused = files.refusal(out);
        if (refused.isPresent()) {
            return refuse(refused.get());
        }
        LoadResult loaded;
        try {
            loaded = root.read(spec);
        } catch (StoreException e) {
            return StoreErrors.report(spec, e);
        }
        PlannerData data = loaded.data();
        if (callId != null && data.call(callId).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "There is no call with id " + callId + " in "
                    + root.dataFolder().resolve(PlannerStore.FILE_NAME) + ".");
        }
        ExportedFile file;
        try {
            if (what.json) {
                file = new ExportedFile(plannerJson(data), "");
            } else if (callId != null) {
                file = CallExport.file(CallExportFormat.valueOf(format.toUpperCase(Locale.ROOT)), data, callId,
                        ZonedDateTime.now().toInstant());
            } else {
                file = new ExportedFile(ProspectListCsv.export(data, ZonedDateTime.now()), "");
            }
        } catch (RuntimeException e) {
            // A library refusing some text must not reach the terminal as a stack trace (the log keeps it).
            LOG.warn("export as {} failed", format, e);
            spec.commandLine().getErr().println("Error: the " + format + " file could not be made: " + e.getMessage()
                    + " Nothing was written.");
            return StoreErrors.DATA_ERROR;
        }
        try {
            files.write(out, file.bytes());
        } catch (ExportFiles.Refused e) {
            return refuse(e.getMessage());
        } catch (IOException e) {
            LOG.info("export to {} failed", out, e);
            spec.commandLine().getErr().println("Error: cannot write " + out + ": " + e.getMessage());
            return StoreErrors.DATA_ERROR;
        }
        spec.commandLine().getOut().println("Wrote " + out + ".");
        spec.commandLine().getOut().flush();
        if (!file.note().isEmpty()) {
            spec.commandLine().getErr().println("Note: " + out + ": " + file.note());
        }
        return 0;
    }

    /** An --out that is one of the planner's own files: a bad argument, said without the usage text. */
    private int refuse(String why) {
        spec.commandLine().getErr().println("Error: --out " + out + ": " + why);
        return USAGE;
    }

    private CallId callId() {
        try {
            return new CallId(what.call);
        } catch (DomainException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static byte[] plannerJson(PlannerData data) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            PlannerJson.write(data, java.time.Instant.now(), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    private void checkFormat() {
        if (what.json) {
            if (format != null && !format.equalsIgnoreCase("json")) {
                throw new ParameterException(spec.commandLine(), "--json writes a planner.json; leave out --format "
                        + format + ".");
            }
            format = "json";
            return;
        }
        if (format == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--format=FORMAT'");
        }
        format = format.toLowerCase(Locale.ROOT);
        if (!List.of("ics", "md", "pdf", "csv").contains(format)) {
            throw new ParameterException(spec.commandLine(),
                    "--format " + format + ": use ics, md or pdf for a call, csv for the prospects.");
        }
        if (what.prospects && !format.equals("csv")) {
            throw new ParameterException(spec.commandLine(),
                    "--prospects exports as csv; --format " + format + " is for a call (--call ID).");
        }
        if (what.call != null && format.equals("csv")) {
            throw new ParameterException(spec.commandLine(),
                    "A call exports as ics, md or pdf; --format csv is for the prospect list (--prospects).");
        }
    }
}
