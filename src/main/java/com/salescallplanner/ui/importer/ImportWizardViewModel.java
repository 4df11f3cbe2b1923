package com.salescallplanner.ui.importer;

import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.crm.ColumnMapping;
import com.salescallplanner.domain.crm.CrmFormat;
import com.salescallplanner.domain.crm.CrmImport;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.store.crm.CsvFileException;
import com.salescallplanner.domain.crm.CsvTable;
import com.salescallplanner.domain.crm.DateOrder;
import com.salescallplanner.domain.crm.ImportField;
import com.salescallplanner.domain.crm.ImportResult;
import com.salescallplanner.domain.crm.ImportSettings;
import com.salescallplanner.domain.crm.RowStatus;
import com.salescallplanner.ui.model.Workspace;
import com.salescallplanner.ui.port.CrmCsvReader;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import wizard's state: the chosen file, its detected (and adjustable) format, delimiter,
 * charset and date order, the column mapping, the unknown stage names with the user's answers,
 * and a preview of every row. Every change re-runs the pure import on the current data, so the
 * preview is exactly what Import will apply, as one undoable edit: Import applies the previewed
 * result itself. Reading the file and making the preview run on the background executor, with
 * their progress in {@link #progressProperty()}; {@link #cancel()} stops them and nothing is
 * imported. Everything else runs on the JavaFX thread.
 */
public final class ImportWizardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportWizardViewModel.class);
    /** The progress while the file is read: not known (a progress bar shows it moving to and fro). */
    public static final double UNKNOWN_PROGRESS = -1;

    private final Workspace workspace;
    private final CrmCsvReader reader;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("No file chosen");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose a CSV file exported from your CRM.");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<CrmFormat> format = new SimpleObjectProperty<>(CrmFormat.GENERIC);
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(',');
    private final ObjectProperty<Charset> charset = new SimpleObjectProperty<>(java.nio.charset.StandardCharsets.UTF_8);
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(DateOrder.MONTH_FIRST);
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private final Map<ImportField, ObjectProperty<String>> columns = new EnumMap<>(ImportField.class);
    private final ObservableList<StageQuestion> stageQuestions = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanBinding canImport;
    private Path path;
    private byte[] bytes;
    private CsvTable table;
    private boolean updating;
    /** Counts the files chosen, so a reading the rep cancelled or replaced is dropped when it ends. */
    private int reading;
    /** The preview being made, or null. */
    private PreviewRun running;
    /** The preview shown, the data it was made from, and its settings: what Import applies. */
    private ImportResult previewed;
    private PlannerData previewedFrom;

    /** @param reader reads the chosen file, on {@code background}, and the table again when the dialect changes */
    public ImportWizardViewModel(Workspace workspace, CrmCsvReader reader, Executor background, Executor fx) {
        this.workspace = workspace;
        this.reader = reader;
        this.background = background;
        this.fx = fx;
        for (ImportField f : ImportField.values()) {
            ObjectProperty<String> p = new SimpleObjectProperty<>(ColumnChoices.NOT_IMPORTED);
            p.addListener((o, a, b) -> recompute());
            columns.put(f, p);
        }
        delimiter.addListener((o, a, b) -> reparse());
        charset.addListener((o, a, b) -> reparse());
        format.addListener((o, a, b) -> recompute());
        dateOrder.addListener((o, a, b) -> recompute());
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && preview.stream()
                .anyMatch(r -> r.status().equals(RowStatus.IMPORTED.ahead())
                        || r.status().equals(RowStatus.UPDATED.ahead())), busy, preview);
    }

    /** Reads the file off the JavaFX thread, then detects everything and shows the preview. */
    public void load(Path file) {
        stopPreview();
        int ticket = ++reading;
        busy.set(true);
        progress.set(UNKNOWN_PROGRESS);
        fileName.set(file.getFileName().toString());
        message.set("Reading " + file.getFileName() + "...");
        background.execute(() -> {
            try {
                CrmCsvReader.CrmCsv read = reader.read(file);
                fx.execute(() -> {
                    if (ticket == reading) {
                        loaded(file, read);
                    }
                });
            } catch (RuntimeException e) {
                LOG.info("Import file {} could not be read", file, e);
                String why = e instanceof CsvFileException ? e.getMessage()
                        : "The file could not be read: " + e.getMessage();
                fx.execute(() -> {
                    if (ticket == reading) {
                        path = file;
                        bytes = null;
                        unusable(why);
                        busy.set(false);
                    }
                });
            }
        });
    }

    /**
     * Stops reading the file or making the preview: nothing is imported, the planner's data is
     * as it was. A setting changed afterwards (or the file chosen again) makes the preview anew.
     */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        reading++;
        stopPreview();
        preview.clear();
        summary.set("");
        busy.set(false);
        message.set("Cancelled: nothing was imported. Choose the file again, or change a setting, to see the preview.");
    }

    private void stopPreview() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        previewed = null;
        previewedFrom = null;
    }

    private void loaded(Path file, CrmCsvReader.CrmCsv read) {
        path = file;
        bytes = read.bytes();
        updating = true;
        delimiter.set(read.dialect().delimiter());
        charset.set(read.dialect().charset());
        updating = false;
        busy.set(false);
        useTable(read.table(), read.dialect());
    }

    /** Nothing can be imported as things stand; the user may pick another file, delimiter or charset. */
    private void unusable(String why) {
        stopPreview();
        table = null;
        preview.clear();
        summary.set("");
        message.set(why);
    }

    /** The delimiter or charset changed: read the bytes again and detect the mapping anew. */
    private void reparse() {
        if (updating || bytes == null) {
            return;
        }
        CsvDialect d = new CsvDialect(delimiter.get(), charset.get());
        try {
            useTable(reader.table(bytes, d), d);
        } catch (CsvFileException e) {
            unusable(e.getMessage());
        }
    }

    private void useTable(CsvTable t, CsvDialect d) {
        table = t;
        ImportSettings detected = ImportSettings.detect(t, d.usualDateOrder());
        updating = true;
        format.set(detected.format());
        dateOrder.set(detected.dateOrder());
        columnChoices.setAll(ColumnChoices.labels(t.headers()));
        for (ImportField f : ImportField.values()) {
            columns.get(f).set(ColumnChoices.label(columnChoices, detected.mapping().column(f).orElse(null)));
        }
        stageQuestions.clear();
        updating = false;
        recompute();
    }

    /** The settings as the wizard shows them now. */
    ImportSettings settings() {
        Map<ImportField, Integer> m = new EnumMap<>(ImportField.class);
        columns.forEach((f, p) -> {
            Integer c = ColumnChoices.column(columnChoices, p.get());
            if (c != null) {
                m.put(f, c);
            }
        });
        Map<String, StageId> answers = new HashMap<>();
        stageQuestions.stream().filter(q -> q.answerProperty().get() != null)
                .forEach(q -> answers.put(q.crmStage(), q.answerProperty().get().id()));
        return new ImportSettings(format.get(), new ColumnMapping(table.headers(), m), dateOrder.get(), answers);
    }

    /** Makes the preview anew on the background executor; a run still going is cancelled. */
    private void recompute() {
        if (updating || table == null) {
            return;
        }
        stopPreview();
        PlannerData base = workspace.data();
        ImportSettings s = settings();
        CsvTable t = table;
        LocalDate today = workspace.now().toLocalDate();
        PreviewRun run = new PreviewRun(fx, progress::set);
        running = run;
        busy.set(true);
        progress.set(0);
        message.set("Checking " + t.rows().size() + (t.rows().size() == 1 ? " row" : " rows") + "...");
        background.execute(() -> {
            try {
                ImportResult result = CrmImport.apply(base, t, s, today, run);
                List<PreviewRow> rows = result.report().rows().stream().map(r -> new PreviewRow(r.line(),
                        r.status().ahead(), r.label(), r.stageId() == null ? "" : base.stages().nameOf(r.stageId()),
                        r.detail())).toList();
                fx.execute(() -> {
                    if (running == run) {
                        show(base, result, rows);
                    }
                });
            } catch (CancellationException e) {
                LOG.debug("Import preview cancelled: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Import preview failed", e);
                fx.execute(() -> {
                    if (running == run) {
                        running = null;
                        busy.set(false);
                        unusable("The preview could not be made: " + e.getMessage());
                    }
                });
            }
        });
    }

    private void show(PlannerData base, ImportResult result, List<PreviewRow> rows) {
        running = null;
        previewed = result;
        previewedFrom = base;
        preview.setAll(rows);
        result.report().unknownStages().forEach((name, lines) -> {
            if (stageQuestions.stream().noneMatch(q -> q.crmStage().equals(name))) {
                StageQuestion q = new StageQuestion(name, (lines.size() == 1 ? "line " : "lines ")
                        + String.join(", ", lines.stream().map(String::valueOf).toList()));
                q.answerProperty().addListener((o, a, b) -> recompute());
                stageQuestions.add(q);
            }
        });
        summary.set(result.report().ahead());
        progress.set(1);
        busy.set(false);
        message.set(result.report().unknownStages().isEmpty() ? "Check the preview, then import."
                : "Some stage names are unknown: map each to a stage, or leave those rows out.");
    }

    /**
     * Applies the previewed import as one undoable edit named after the file: the result the
     * preview shows, not a second run. Should the planner have changed since the preview was
     * made, the preview is made again instead, for the rep to check.
     */
    public void importNow() {
        if (!canImport.get() || previewed == null) {
            return;
        }
        if (workspace.data() != previewedFrom) {
            recompute();
            message.set("The planner changed since this preview was made; it is being made again. Check it, then "
                    + "import.");
            return;
        }
        PlannerData from = previewedFrom;
        PlannerData to = previewed.data();
        try {
            workspace.apply("Import " + path.getFileName(), d -> d == from ? to : d);
            message.set(previewed.report().done() + " from " + path.getFileName() + ".");
            done.set(true);
        } catch (DomainException e) {
            message.set(e.getMessage());
        }
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * How far reading the file or making the preview is, from 0 to 1, or
     * {@link #UNKNOWN_PROGRESS} while the file is read; meaningful while busy.
     */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What importing will do: "Will import 3, will update 1, 2 skipped (the table says why)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<CrmFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<Charset> charsetProperty() {
        return charset;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    /** "(not imported)" and the file's columns, for each field's combo box. */
    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    public ObjectProperty<String> columnProperty(ImportField field) {
        return columns.get(field);
    }

    public ObservableList<StageQuestion> stageQuestions() {
        return stageQuestions;
    }

    public ObservableList<Stage> stageChoices() {
        return FXCollections.observableArrayList(workspace.data().stages().stages());
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** True once the import was applied: the window closes the wizard. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }
}
