package com.salescallplanner.ui.reports;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.domain.report.StageDuration;
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

/** Average and median days per open stage, as a bar chart and a table with the counts. */
final class StageDurationsPane extends VBox {
    private final ReportsViewModel vm;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    StageDurationsPane(ReportsViewModel vm) {
        this.vm = vm;
        getStyleClass().add(ReportStyles.SECTION);
        Label explain = new Label("How long prospects stay in each open stage: every stay from entering the stage "
                + "to leaving it, the current one counted up to today.");
        explain.getStyleClass().add(ReportStyles.SUMMARY);
        explain.setWrapText(true);

        chart.setAnimated(false);
        chart.setTitle("Days in stage");
        chart.getYAxis().setLabel("Days");
        chart.getStyleClass().add(ReportStyles.CHART);

        Formats f = vm.formats();
        TableView<StageDuration> table = new TableView<>(vm.stageDurations());
        FirstRowOnFocus.install(table);
        table.getColumns().add(TableColumns.text("Stage", d -> d.stage().name()));
        table.getColumns().add(TableColumns.count("Prospects", StageDuration::prospects, f));
        table.getColumns().add(TableColumns.count("Still in stage", StageDuration::stillInStage, f));
        table.getColumns().add(TableColumns.number("Average days", StageDuration::averageDays, f::days,
                Comparator.naturalOrder()));
        table.getColumns().add(TableColumns.number("Median days", StageDuration::medianDays, f::days,
                Comparator.naturalOrder()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(ReportStyles.TABLE, Styles.STRIPED);
        table.setId("stage-duration-table");
        VBox.setVgrow(table, Priority.ALWAYS);

        vm.stageDurations().addListener((ListChangeListener<StageDuration>) c -> fill());
        fill();
        getChildren().addAll(explain, chart, table);
    }

    private void fill() {
        List<StageDuration> rows = vm.stageDurations();
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(rows.stream().map(d -> d.stage().name()).toList());
        XYChart.Series<String, Number> average = new XYChart.Series<>();
        average.setName("Average days");
        XYChart.Series<String, Number> median = new XYChart.Series<>();
        median.setName("Median days");
        for (StageDuration d : rows) {
            if (d.prospects() > 0) {
                average.getData().add(new XYChart.Data<>(d.stage().name(), d.averageDays()));
                median.getData().add(new XYChart.Data<>(d.stage().name(), d.medianDays()));
            }
        }
        chart.getData().setAll(List.of(average, median));
    }
}
