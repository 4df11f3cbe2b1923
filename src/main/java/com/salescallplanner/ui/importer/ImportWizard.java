package com.salescallplanner.ui.importer;

import com.salescallplanner.domain.Stage;
import com.salescallplanner.store.crm.CrmFormat;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.store.crm.DateOrder;
import com.salescallplanner.store.crm.ImportField;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import wizard's view, built in code: file, detected settings, column mapping, unknown
 * stages, preview, and Import. It holds no logic: every control is bound to the ViewModel.
 */
public final class ImportWizard {
    private final ImportWizardViewModel vm;
    private final Supplier<Optional<Path>> filePicker;
    private final BorderPane root = new BorderPane();
    private final VBox stageBox = new VBox(6);

    /** @param filePicker asks the user for a CSV file ({@link FxCsvFilePicker} in the window) */
    public ImportWizard(ImportWizardViewModel vm, Supplier<Optional<Path>> filePicker) {
        this.vm = vm;
        this.filePicker = filePicker;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        Button choose = new Button("Choose file...");
        choose.setId("chooseFile");
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> filePicker.get().ifPresent(vm::load));
        Label file = new Label();
        file.textProperty().bind(vm.fileNameProperty());
        HBox fileRow = new HBox(10, choose, file);

        GridPane detected = new GridPane();
        detected.setHgap(8);
        detected.setVgap(6);
        detected.addRow(0, new Label("Format"), combo("format", FXCollections.observableArrayList(CrmFormat.values()),
                vm.formatProperty(), CrmFormat::displayName));
        detected.addRow(1, new Label("Delimiter"), combo("delimiter", FXCollections.observableArrayList(CsvDialect.DELIMITERS),
                vm.delimiterProperty(), CsvDialect::delimiterName));
        detected.addRow(2, new Label("Character set"), combo("charset", FXCollections.observableArrayList(CsvDialect.CHARSETS),
                vm.charsetProperty(), Charset::displayName));
        detected.addRow(3, new Label("Dates"), combo("dateOrder", FXCollections.observableArrayList(DateOrder.values()),
                vm.dateOrderProperty(), DateOrder::label));

        GridPane mapping = new GridPane();
        mapping.setHgap(8);
        mapping.setVgap(6);
        int row = 0;
        for (ImportField f : ImportField.values()) {
            ComboBox<String> c = new ComboBox<>(vm.columnChoices());
            c.setId("column-" + f.name());
            c.valueProperty().bindBidirectional(vm.columnProperty(f));
            mapping.addRow(row++, new Label(f.label()), c);
        }

        vm.stageQuestions().addListener((ListChangeListener<StageQuestion>) ch -> rebuildStageQuestions());
        TitledPane stages = new TitledPane("Unknown stages", stageBox);
        stages.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.stageQuestions()));
        stages.managedProperty().bind(stages.visibleProperty());

        HBox settings = new HBox(16, new TitledPane("Detected", detected), new TitledPane("Columns", mapping), stages);
        Label message = new Label();
        message.setId("message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox top = new VBox(10, fileRow, settings, message);
        top.setPadding(new Insets(10));
        root.setTop(top);
        root.setCenter(previewTable());

        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        Button importButton = new Button("Import");
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.setOnAction(e -> vm.importNow());
        HBox bottom = new HBox(12, summary, new javafx.scene.layout.Region(), importButton);
        HBox.setHgrow(bottom.getChildren().get(1), Priority.ALWAYS);
        bottom.setPadding(new Insets(10));
        root.setBottom(bottom);
    }

    private TableView<PreviewRow> previewTable() {
        TableView<PreviewRow> table = new TableView<>(vm.preview());
        table.setId("preview");
        table.setPlaceholder(new Label("The rows of the file will show here."));
        table.getColumns().add(column("Line", PreviewRow::line, 50));
        table.getColumns().add(column("Status", PreviewRow::status, 90));
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
            ComboBox<Stage> c = combo("stage-" + Stage.idFor(q.crmStage()), vm.stageChoices(), q.answerProperty(),
                    Stage::name);
            c.setPromptText("Leave out");
            stageBox.getChildren().add(new VBox(2, new Label("'" + q.crmStage() + "' (" + q.lines() + ") is:"), c));
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
