package com.salescallplanner.cli;

import com.salescallplanner.domain.StageId;
import com.salescallplanner.store.crm.CsvTableReader;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.JsonText;
import com.salescallplanner.store.LoadResult;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.store.StoreException;
import com.salescallplanner.store.crm.CrmFile;
import com.salescallplanner.domain.crm.CrmFormat;
import com.salescallplanner.domain.crm.CrmImport;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.store.crm.CsvFileException;
import com.salescallplanner.domain.crm.CsvTable;
import com.salescallplanner.domain.crm.ImportResult;
import com.salescallplanner.domain.crm.ImportSettings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * {@code import FILE [--format ...] [--dry-run] [--json]}: imports prospects from a CRM's CSV
 * export. Re-importing updates instead of duplicating; bad rows are reported with their line
 * while the good rows import; everything is saved in one atomic save under the folder's lock.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import prospects from a CSV export of Salesforce, HubSpot or any spreadsheet.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every row was imported, updated or already up to date",
                "1:the good rows were imported (or would be, with --dry-run); some rows were rejected",
                "2:bad arguments", "3:the file or the data folder could not be read or written",
                "4:another Sales Call Planner holds the data folder"})
final class ImportCommand implements Callable<Integer> {
    static final int ROWS_REJECTED = 1;
    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);


    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file exported from the CRM.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, salesforce, hubspot or generic (default: ${DEFAULT-VALUE}: detected from the header).")
    String format;

    @Option(names = "--dry-run", description = "Report what would change; save nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--map-stage", paramLabel = "NAME=STAGE",
            description = "Map a CRM stage name the planner does not know to one of its stages (repeatable).")
    Map<String, String> stageMap = new LinkedHashMap<>();

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "comma, semicolon or tab (default: detected from the header line).")
    String delimiter;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "UTF-8, windows-1252, ... (default: UTF-8 when the file is valid UTF-8, else windows-1252).")
    String charset;

    @Override
    public Integer call() {
        CliOptions.crmFormat(spec, format);
        CsvDialect dialect;
        CsvTable table;
        try {
            byte[] bytes = CrmFile.read(file);
            dialect = CliOptions.dialect(spec, CsvDialect.detect(bytes), delimiter, charset);
            table = CsvTableReader.read(bytes, dialect);
        } catch (CsvFileException e) {
            LOG.info("import of {} failed", file, e);
            spec.commandLine().getErr().println("Error: " + file + ": " + e.getMessage());
            return StoreErrors.DATA_ERROR;
        }
        CrmFormat chosen = CliOptions.crmFormat(spec, format);
        ImportSettings settings = ImportSettings.detect(table, dialect.usualDateOrder());
        if (chosen != null) {
            if (chosen != settings.format() && chosen != CrmFormat.GENERIC) {
                spec.commandLine().getErr().println("Note: " + file + " does not look like a " + chosen.displayName()
                        + "; its columns were matched by name.");
            }
            settings = settings.withFormat(chosen);
        }
        try (PlannerStore store = dryRun ? root.stores().openForReading(root.dataFolder())
                : root.stores().openForWriting(root.dataFolder())) {
            LoadResult loaded = store.load();
            if (!dryRun && loaded.readOnly()) {
                spec.commandLine().getErr().println("Error: " + store.file() + ": " + loaded.readOnlyReason().get());
                return StoreErrors.DATA_ERROR;
            }
            PlannerData data = loaded.data();
            settings = settings.withStageAnswers(stageAnswers(data.stages()));
            ImportResult result = CrmImport.apply(data, table, settings, LocalDate.now());
            boolean save = !dryRun && !result.data().equals(data);
            if (save) {
                store.save(result.data());
            }
            print(dialect, settings, result, data.stages(), save ? "Saved to " + store.file() + "."
                    : dryRun ? "Dry run: nothing was saved." : "Nothing to change in " + store.file() + ".", save);
            return result.report().rejected() > 0 ? ROWS_REJECTED : 0;
        } catch (StoreException e) {
            return StoreErrors.report(spec, e);
        }
    }

    /** --map-stage answers, each checked against the planner's stages by name or id. */
    private Map<String, StageId> stageAnswers(StageModel stages) {
        Map<String, StageId> answers = new LinkedHashMap<>();
        stageMap.forEach((crmName, stage) -> {
            Stage s = stages.findByName(stage).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--map-stage " + crmName + "=" + stage + ": there is no stage '" + stage + "'. The stages are: "
                            + stages.namesForMessage() + "."));
            answers.put(crmName, s.id());
        });
        return answers;
    }

    private void print(CsvDialect dialect, ImportSettings settings, ImportResult result, StageModel stages,
                       String outcome, boolean saved) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.pretty(ImportReportText.json(file.toString(), dialect, settings, result.report(),
                    dryRun, saved)));
        } else {
            out.print(ImportReportText.text(file.toString(), dialect, settings, result.report(), stages, outcome));
        }
        out.flush();
    }
}
