package com.salescallplanner.ui.reports;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.domain.report.PipelineColumn;
import com.salescallplanner.ui.Formats;

import java.util.Comparator;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/** Open prospects by stage: how many and how much, as a bar chart and a table. */
final class OpenPipelinePane extends VBox {
    private final ReportsViewModel vm;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    OpenPipelinePane(ReportsViewModel vm) {
        this.vm = vm;
        getStyleClass().add(ReportStyles.SECTION);
        Label summary = new Label();
        summary.textProperty().bind(vm.openSummaryProperty());
        summary.getStyleClass().add(ReportStyles.SUMMARY);

        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle("Open prospects by stage");
        chart.getYAxis().setLabel("Prospects");
        chart.getStyleClass().add(ReportStyles.CHART);

        Formats f = vm.formats();
        TableView<PipelineColumn> table = new TableView<>(vm.openByStage());
        FirstRowOnFocus.install(table);
        table.getColumns().add(TableColumns.text("Stage", c -> c.stage().name()));
        table.getColumns().add(TableColumns.count("Prospects", PipelineColumn::count, f));
        table.getColumns().add(TableColumns.number("Amount", PipelineColumn::amount, f::amount,
                Comparator.naturalOrder()));
        table.getColumns().add(TableColumns.count("Without an amount", PipelineColumn::withoutAmount, f));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(ReportStyles.TABLE, Styles.STRIPED);
        table.setId("open-pipeline-table");
        VBox.setVgrow(table, Priority.ALWAYS);

        vm.openByStage().addListener((ListChangeListener<PipelineColumn>) c -> fill());
        fill();
        getChildren().addAll(summary, chart, table);
    }

    private void fill() {
        List<PipelineColumn> rows = vm.openByStage();
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(rows.stream().map(c -> c.stage().name()).toList());
        XYChart.Series<String, Number> count = new XYChart.Series<>();
        count.setName("Prospects");
        rows.forEach(c -> count.getData().add(new XYChart.Data<>(c.stage().name(), c.count())));
        chart.getData().setAll(List.of(count));
    }
}
