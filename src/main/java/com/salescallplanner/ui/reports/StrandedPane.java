package com.salescallplanner.ui.reports;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.domain.report.StrandedProspect;
import com.salescallplanner.ui.Formats;

import java.util.Comparator;
import java.util.OptionalLong;

import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Open prospects without a buyer commitment ahead, the longest idle first. Each row plans the
 * next call in one click ("Plan next call", or Enter), or opens the prospect (double-click).
 */
final class StrandedPane extends VBox {
    static final String PLAN_NEXT_CALL = "Plan next call";
    static final String OPEN = "Open";

    private final ReportsViewModel vm;
    private final TableView<StrandedProspect> table;

    StrandedPane(ReportsViewModel vm) {
        this.vm = vm;
        getStyleClass().add(ReportStyles.SECTION);
        Label summary = new Label();
        summary.textProperty().bind(vm.strandedSummaryProperty());
        summary.getStyleClass().add(ReportStyles.SUMMARY);

        Formats f = vm.formats();
        table = new TableView<>(vm.stranded());
        FirstRowOnFocus.install(table);
        // Stage and the day counts keep their width (they are short); company, deal and reason give way.
        table.getColumns().add(width(TableColumns.text("Company", s -> s.prospect().company()), 170));
        table.getColumns().add(width(TableColumns.text("Deal", s -> s.prospect().dealName()), 140));
        table.getColumns().add(fixed(TableColumns.text("Stage", s -> s.stage().name()), 105));
        table.getColumns().add(reasonColumn());
        table.getColumns().add(fixed(TableColumns.number("Last call", StrandedProspect::daysSinceLastCall, f::since,
                Comparator.comparingLong((OptionalLong d) -> d.orElse(Long.MAX_VALUE))), 110));
        table.getColumns().add(fixed(TableColumns.number("In stage", StrandedProspect::daysInStage, f::dayCount,
                Comparator.naturalOrder()), 85));
        table.getColumns().add(actionsColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(ReportStyles.TABLE, Styles.STRIPED);
        table.setPlaceholder(new Label("No stranded prospects."));
        table.setId("stranded-table");
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            StrandedProspect s = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                vm.planNextCall(s);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(summary, table);
    }

    private TableColumn<StrandedProspect, String> reasonColumn() {
        TableColumn<StrandedProspect, String> c = TableColumns.text("Why stranded", StrandedProspect::reason);
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                StrandedProspect row = empty ? null : getTableRow().getItem();
                setText(empty ? null : reason);
                tip.setText(row == null ? "" : row.explanation());
                setTooltip(row == null ? null : tip);
            }
        });
        c.getStyleClass().add(ReportStyles.REASON);
        return width(c, 210);
    }

    private static <T> TableColumn<StrandedProspect, T> fixed(TableColumn<StrandedProspect, T> c, double w) {
        c.setMinWidth(w);
        return width(c, w);
    }

    private static <T> TableColumn<StrandedProspect, T> width(TableColumn<StrandedProspect, T> c, double w) {
        c.setPrefWidth(w);
        return c;
    }

    private TableColumn<StrandedProspect, StrandedProspect> actionsColumn() {
        TableColumn<StrandedProspect, StrandedProspect> c = new TableColumn<>("");
        c.setSortable(false);
        c.setMinWidth(175);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Button plan = new Button(PLAN_NEXT_CALL, new FontIcon(Feather.PHONE_OUTGOING));
            private final Button open = new Button(null, new FontIcon(Feather.ARROW_RIGHT));
            private final HBox box = new HBox(plan, open);

            {
                plan.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
                open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.BUTTON_ICON);
                open.setTooltip(new Tooltip("Open the prospect"));
                open.setAccessibleText(OPEN);
                box.getStyleClass().add(ReportStyles.ACTIONS);
                plan.setOnAction(e -> vm.planNextCall(getItem()));
                open.setOnAction(e -> vm.openProspect(getItem().prospect().id()));
            }

            @Override
            protected void updateItem(StrandedProspect item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : box);
            }
        });
        return c;
    }

    private TableRow<StrandedProspect> row() {
        TableRow<StrandedProspect> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                vm.openProspect(row.getItem().prospect().id());
            }
        });
        MenuItem plan = new MenuItem(PLAN_NEXT_CALL);
        plan.setOnAction(e -> vm.planNextCall(row.getItem()));
        MenuItem open = new MenuItem("Open prospect");
        open.setOnAction(e -> vm.openProspect(row.getItem().prospect().id()));
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(new ContextMenu(plan, open)));
        return row;
    }

    TableView<StrandedProspect> table() {
        return table;
    }
}
