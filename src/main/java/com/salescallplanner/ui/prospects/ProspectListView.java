package com.salescallplanner.ui.prospects;

import static atlantafx.base.theme.Styles.ACCENT;
import static atlantafx.base.theme.Styles.TITLE_2;

import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.Formats;
import com.salescallplanner.ui.Icons;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.StageNameConverter;

import java.time.ZonedDateTime;
import java.util.Comparator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.kordamp.ikonli.feather.Feather;

/** The prospect list: search, filters, the table, and add / edit / delete. */
public final class ProspectListView implements PageView {
    public static final String SEARCH_ID = "prospect-search";
    public static final String TABLE_ID = "prospect-table";
    /** The empty table's text while the data is read at start. */
    public static final String LOADING = "Loading your prospects\u2026";
    /** A call-dependent cell while a large file's calls are still being read. */
    public static final String CALLS_PENDING = "\u2026";
    /** The empty table's text when the search or the filters leave nothing. */
    public static final String NO_MATCH = "No prospect matches. Clear the search or the filters.";

    private final ProspectListViewModel vm;
    private final VBox root;
    private final HBox header;
    private final HBox filterRow = new HBox(8);
    private final CustomTextField search = new CustomTextField();
    private final TableView<ProspectRow> table = new TableView<>();

    public ProspectListView(ProspectListViewModel vm) {
        this.vm = vm;
        Label title = new Label("Prospects");
        title.getStyleClass().add(TITLE_2);
        Label count = new Label();
        count.textProperty().bind(vm.countTextProperty());
        count.getStyleClass().add(Css.MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button add = Icons.button("New prospect", Feather.PLUS);
        add.getStyleClass().add(ACCENT);
        add.setOnAction(e -> vm.addProspect());
        Button edit = Icons.iconButton(Feather.EDIT_2, "Edit the selected prospect");
        edit.setOnAction(e -> vm.editSelected());
        Button delete = Icons.iconButton(Feather.TRASH_2, "Delete the selected prospect");
        delete.setOnAction(e -> vm.deleteSelected());
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        header = new HBox(12, title, count, grow, edit, delete, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Css.PAGE_HEADER);

        root = new VBox(12, header, filters(), buildTable());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add(Css.PAGE);
    }

    private Node filters() {
        search.setId(SEARCH_ID);
        search.setPromptText("Search company, deal or contact");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.setAccessibleText("Search prospects");
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefWidth(340);
        search.setOnKeyPressed(this::onSearchKey);
        ComboBox<Stage> stage = new ComboBox<>(vm.stageChoices());
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        stage.setConverter(StageNameConverter.INSTANCE);
        stage.setAccessibleText("Filter by stage");
        ComboBox<ProspectFilter> filter = new ComboBox<>();
        filter.getItems().setAll(ProspectFilter.values());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        filter.setAccessibleText("Show");
        Button clear = Icons.iconButton(Feather.X, "Clear search and filters");
        clear.setOnAction(e -> vm.clearFilters());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        filterRow.getChildren().setAll(search, stage, filter, clear, gap);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        return filterRow;
    }

    /**
     * From the search, the keyboard goes on to the result as it would in a launcher: Enter opens
     * the selected prospect, or the top match when none is selected; Down moves into the list
     * (which selects its first row). Without a match, Enter does nothing.
     */
    private void onSearchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
            table.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isShiftDown() && !table.getItems().isEmpty()) {
            ProspectRow row = table.getSelectionModel().getSelectedItem();
            vm.open(row != null ? row : table.getItems().get(0));
            e.consume();
        }
    }

    /** Adds actions at the right end of the search and filter row (the header is full at 1280 px). */
    public void addRowActions(Node... actions) {
        filterRow.getChildren().addAll(actions);
    }

    private Node buildTable() {
        table.setId(TABLE_ID);
        FirstRowOnFocus.install(table);
        table.setAccessibleText("Prospects");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ProspectRow, String> company = column("Company", 210,
                r -> r.prospect().company());
        TableColumn<ProspectRow, String> deal = column("Deal", 180, r -> r.prospect().dealName());
        TableColumn<ProspectRow, String> stage = column("Stage", 110, ProspectRow::stageName);
        stage.setComparator(Comparator.comparing(s -> vm.stageChoices().stream().map(Stage::name).toList().indexOf(s)));
        TableColumn<ProspectRow, ZonedDateTime> next = new TableColumn<>("Next call");
        next.setPrefWidth(155);
        next.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextCall()));
        next.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ZonedDateTime item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item != null ? Formats.window().shortDateTime(item)
                        : vm.callsPendingProperty().get() ? CALLS_PENDING : "");
            }
        });
        next.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        TableColumn<ProspectRow, Long> days = new TableColumn<>("In stage");
        days.setPrefWidth(90);
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysInStage()));
        days.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item + (item == 1 ? " day" : " days"));
            }
        });
        days.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ProspectRow, ProspectRow> flag = new TableColumn<>("Attention");
        flag.setPrefWidth(200);
        flag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        flag.setCellFactory(c -> new FlagCell());
        flag.setComparator(Comparator.comparing(ProspectRow::flagText));
        table.getColumns().setAll(java.util.List.of(company, deal, stage, next, days, flag));

        // The view model sorts under its filter; the table only hands over the column order.
        vm.orderProperty().bind(table.comparatorProperty());
        table.setSortPolicy(t -> true);
        table.setItems(vm.rows());
        // A search that leaves one prospect has chosen it: Shortcut+P, Shortcut+Enter, edit and
        // delete act on it without a trip into the list (they said "no prospect chosen" before).
        vm.rows().addListener((ListChangeListener<ProspectRow>) c -> {
            if (vm.rows().size() == 1 && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        keepChosenWhenCallsArrive();
        Label noMatch = new Label(NO_MATCH);
        Node loading = loadingIndicator();
        table.placeholderProperty().bind(Bindings.when(vm.loadingProperty()).<Node>then(loading).otherwise(noMatch));
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.deleteSelected();
                e.consume();
            }
        });
        return table;
    }

    /**
     * The rows shown before a large file's calls are read give way to the full rows, in another
     * order, once they are in: the prospect the rep chose meanwhile stays chosen, and in view.
     */
    private void keepChosenWhenCallsArrive() {
        ProspectId[] chosen = new ProspectId[1];
        vm.callsPendingProperty().addListener((obs, was, pending) -> {
            ProspectRow r = table.getSelectionModel().getSelectedItem();
            chosen[0] = !pending && r != null ? r.prospect().id() : null;
        });
        vm.rows().addListener((ListChangeListener<ProspectRow>) c -> {
            if (chosen[0] == null || vm.rows().isEmpty()) {
                return;
            }
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).prospect().id().equals(chosen[0])) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    break;
                }
            }
            chosen[0] = null;
        });
    }

    private static TableColumn<ProspectRow, String> column(String title, double width,
                                                          java.util.function.Function<ProspectRow, String> value) {
        TableColumn<ProspectRow, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    /**
     * Shows "Outcome missing" and "Stranded" as coloured, iconed labels. The labels are made once
     * per cell and only shown or hidden: making a label, icon and tooltip for every row a keystroke
     * brings into view took most of that keystroke's time with 10,000 prospects. The box stays the
     * cell's graphic for good: taking a graphic out and putting it back re-parents it, and JavaFX
     * then matches every node under it against the whole stylesheet afresh (docs/performance.md).
     */
    private static final class FlagCell extends TableCell<ProspectRow, ProspectRow> {
        private final Label outcomeMissing = AttentionFlags.outcomeMissing();
        /** Its own tooltip: the reason differs by prospect; a cell is made once and reused. */
        private final Label stranded = AttentionFlags.stranded("");

        FlagCell() {
            HBox box = new HBox(6, outcomeMissing, stranded);
            box.setAlignment(Pos.CENTER_LEFT);
            outcomeMissing.managedProperty().bind(outcomeMissing.visibleProperty());
            stranded.managedProperty().bind(stranded.visibleProperty());
            outcomeMissing.setVisible(false);
            stranded.setVisible(false);
            setGraphic(box);
        }

        @Override
        protected void updateItem(ProspectRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            outcomeMissing.setVisible(shown && row.outcomeMissing());
            stranded.setVisible(shown && row.stranded());
            if (shown && row.stranded()) {
                AttentionFlags.showWhy(stranded, row.strandedWhy());
            }
        }
    }

    /** A small spinner and "Loading your prospects…", centred. */
    public static Node loadingIndicator() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(24, 24);
        HBox loading = new HBox(10, spinner, new Label(LOADING));
        loading.setAlignment(Pos.CENTER);
        return loading;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusFirst() {
        search.requestFocus();
    }

    /** Adds the window's own actions (import, export) to the header, before edit and delete. */
    public void addActions(Node... actions) {
        header.getChildren().addAll(header.getChildren().size() - 3, java.util.List.of(actions));
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<ProspectRow> table() {
        return table;
    }
}
