package com.salescallplanner.ui.importer;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.crm.CrmFormat;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.domain.crm.DateOrder;
import com.salescallplanner.domain.crm.ImportField;
import com.salescallplanner.ui.DialogService;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import wizard's view, built in code: file, detected settings, column mapping, unknown
 * stages, preview, and Import. It holds no logic: every control is bound to the ViewModel.
 */
public final class ImportWizard {
    private final ImportWizardViewModel vm;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final VBox stageBox = new VBox(6);

    /** @param dialogs asks the rep for the CSV file, over the wizard's window */
    public ImportWizard(ImportWizardViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        Label title = new Label("Import prospects from your CRM");
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label("Export your opportunities or deals from Salesforce, HubSpot or a spreadsheet as a "
                + "CSV file and choose it here. New deals are added, known ones updated; nothing changes until you "
                + "press Import, and Undo takes the whole import back.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Button choose = new Button("Choose file...", new FontIcon(Feather.FOLDER));
        choose.setId("chooseFile");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> dialogs.chooseFileToOpen("Import prospects from a CSV file", "CSV files",
                List.of("csv", "txt")).ifPresent(vm::load));
        Label file = new Label();
        file.textProperty().bind(vm.fileNameProperty());
        file.getStyleClass().add(Styles.TEXT_BOLD);
        HBox fileRow = new HBox(10, choose, file);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        GridPane detected = grid();
        detected.addRow(0, label("Format"), combo("format", FXCollections.observableArrayList(CrmFormat.values()),
                vm.formatProperty(), CrmFormat::displayName));
        detected.addRow(1, label("Delimiter"), combo("delimiter", FXCollections.observableArrayList(CsvDialect.DELIMITERS),
                vm.delimiterProperty(), CsvDialect::delimiterName));
        detected.addRow(2, label("Character set"), combo("charset", FXCollections.observableArrayList(CsvDialect.CHARSETS),
                vm.charsetProperty(), Charset::displayName));
        detected.addRow(3, label("Dates"), combo("dateOrder", FXCollections.observableArrayList(DateOrder.values()),
                vm.dateOrderProperty(), DateOrder::label));

        // Two columns of fields, so the preview keeps most of the window.
        GridPane mapping = grid();
        ImportField[] fields = ImportField.values();
        int rows = (fields.length + 1) / 2;
        for (int i = 0; i < fields.length; i++) {
            ComboBox<String> c = new ComboBox<>(vm.columnChoices());
            c.setId("column-" + fields[i].name());
            c.valueProperty().bindBidirectional(vm.columnProperty(fields[i]));
            c.setPrefWidth(180);
            mapping.add(label(fields[i].label()), i / rows * 2, i % rows);
            mapping.add(c, i / rows * 2 + 1, i % rows);
        }

        vm.stageQuestions().addListener((ListChangeListener<StageQuestion>) ch -> rebuildStageQuestions());
        TitledPane stages = pane("Unknown stages", stageBox);
        stages.visibleProperty().bind(Bindings.isNotEmpty(vm.stageQuestions()));
        stages.managedProperty().bind(stages.visibleProperty());

        HBox settings = new HBox(12, pane("Detected", detected), pane("Columns", mapping), stages);
        // Nothing to adjust before a file is read.
        settings.visibleProperty().bind(Bindings.isNotEmpty(vm.columnChoices()));
        settings.managedProperty().bind(settings.visibleProperty());
        VBox top = new VBox(10, title, intro, fileRow, message, settings);
        top.setPadding(new Insets(16, 16, 10, 16));
        root.setTop(top);
        TableView<PreviewRow> preview = previewTable();
        BorderPane.setMargin(preview, new Insets(0, 16, 0, 16));
        root.setCenter(preview);

        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        // While the file is read or the preview made (seconds for 100,000 rows): how far, and a way out.
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        Button stop = new Button("Stop");
        stop.setId("stopPreview");
        stop.setOnAction(e -> vm.cancel());
        HBox working = new HBox(8, progress, stop);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> root.getScene().getWindow().hide());
        Button importButton = new Button("Import", new FontIcon(Feather.DOWNLOAD));
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.setOnAction(e -> vm.importNow());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, summary, working, gap, cancel, importButton);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(12, 16, 16, 16));
        root.setBottom(bottom);
    }

    /** A field's name, never cut short: the combo beside it gives way instead. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static TitledPane pane(String title, javafx.scene.Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(false);
        return p;
    }

    private TableView<PreviewRow> previewTable() {
        TableView<PreviewRow> table = new TableView<>(vm.preview());
        FirstRowOnFocus.install(table);
        table.setId("preview");
        table.setPlaceholder(new Label("The rows of the file will show here, each with what Import will do."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Line", PreviewRow::line, 50));
        TableColumn<PreviewRow, Object> status = column("Status", PreviewRow::status, 90);
        status.setCellFactory(c -> new PreviewStatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column("Prospect", PreviewRow::prospect, 260));
        table.getColumns().add(column("Stage", PreviewRow::stage, 110));
        table.getColumns().add(column("Reason / change", PreviewRow::detail, 360));
        return table;
    }

    private static TableColumn<PreviewRow, Object> column(String title, Function<PreviewRow, Object> value,
                                                          double width) {
        TableColumn<PreviewRow, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void rebuildStageQuestions() {
        stageBox.getChildren().clear();
        for (StageQuestion q : vm.stageQuestions()) {
            ComboBox<Stage> c = combo("stage-" + Stage.idFor(q.crmStage()).value(), vm.stageChoices(), q.answerProperty(),
                    Stage::name);
            c.setPromptText("Leave out");
            Label question = new Label("'" + q.crmStage() + "' (" + q.lines() + ") is:");
            question.setWrapText(true);
            question.setMaxWidth(240);
            stageBox.getChildren().add(new VBox(2, question, c));
        }
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items,
                                         javafx.beans.property.ObjectProperty<T> value, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        c.setConverter(converter);
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? c.getPromptText() : text.apply(item));
            }
        });
        c.valueProperty().bindBidirectional(value);
        return c;
    }
}
