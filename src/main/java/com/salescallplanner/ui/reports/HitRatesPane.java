package com.salescallplanner.ui.reports;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.domain.report.HitRates;
import com.salescallplanner.domain.report.Rate;
import com.salescallplanner.ui.reports.ReportsViewModel.RateRow;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/**
 * Hit rates of the stretch and conservative objectives and the advance rate, by stage (bar
 * chart) or by month (line chart), with the same figures and their counts in a table.
 */
final class HitRatesPane extends VBox {
    static final String BY_STAGE = "By stage";
    static final String BY_MONTH = "By month";
    static final String RANGE_ID = "report-range";

    private final ReportsViewModel vm;
    private final BarChart<String, Number> stageChart = new BarChart<>(new CategoryAxis(), percentAxis());
    private final LineChart<String, Number> monthChart = new LineChart<>(new CategoryAxis(), percentAxis());
    private final TableView<RateRow> table = new TableView<>();
    private final ToggleButton byStage = new ToggleButton(BY_STAGE);
    private final ToggleButton byMonth = new ToggleButton(BY_MONTH);

    HitRatesPane(ReportsViewModel vm) {
        this.vm = vm;
        getStyleClass().add(ReportStyles.SECTION);
        Label summary = new Label();
        summary.textProperty().bind(vm.overallSummaryProperty());
        summary.getStyleClass().add(ReportStyles.SUMMARY);
        summary.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        byStage.setToggleGroup(group);
        byMonth.setToggleGroup(group);
        byStage.getStyleClass().add(Styles.LEFT_PILL);
        byMonth.getStyleClass().add(Styles.RIGHT_PILL);
        byStage.setSelected(true);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                showGrouping();
            }
        });

        for (XYChart<String, Number> chart : List.<XYChart<String, Number>>of(stageChart, monthChart)) {
            chart.setAnimated(false);
            chart.getStyleClass().add(ReportStyles.CHART);
            chart.getYAxis().setLabel("% of calls");
        }
        stageChart.setTitle("Hit rates by stage at planning");
        monthChart.setTitle("Hit rates by month");
        StackPane charts = new StackPane(stageChart, monthChart);

        table.getColumns().add(TableColumns.text("Stage", RateRow::label));
        table.getColumns().add(TableColumns.count("Reviewed calls", r -> r.rates().reviewed(), vm.formats()));
        table.getColumns().add(rateColumn("Stretch met", HitRates::stretch));
        table.getColumns().add(rateColumn("Conservative met", HitRates::conservative));
        table.getColumns().add(rateColumn("Advance or order", HitRates::advance));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(ReportStyles.TABLE, Styles.STRIPED);
        table.setPlaceholder(new Label("No calls to count yet."));
        table.setId("hit-rate-table");
        FirstRowOnFocus.install(table);
        VBox.setVgrow(table, Priority.ALWAYS);

        vm.ratesByStage().addListener((ListChangeListener<RateRow>) c -> fill(stageChart, vm.ratesByStage()));
        vm.ratesByMonth().addListener((ListChangeListener<RateRow>) c -> fill(monthChart, vm.ratesByMonth()));
        fill(stageChart, vm.ratesByStage());
        fill(monthChart, vm.ratesByMonth());
        showGrouping();
        ComboBox<ReportRange> range = new ComboBox<>(FXCollections.observableArrayList(ReportRange.values()));
        range.setId(RANGE_ID);
        range.valueProperty().bindBidirectional(vm.rangeProperty());
        range.setAccessibleText("Period of the hit rates");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(8, new HBox(byStage, byMonth), gap, range);
        getChildren().addAll(summary, controls, charts, table);
    }

    private void showGrouping() {
        boolean stages = byStage.isSelected();
        stageChart.setVisible(stages);
        monthChart.setVisible(!stages);
        table.setItems(stages ? vm.ratesByStage() : vm.ratesByMonth());
        table.getColumns().get(0).setText(stages ? "Stage at planning" : "Month");
    }

    private TableColumn<RateRow, Rate> rateColumn(String title, Function<HitRates, Rate> rate) {
        return TableColumns.number(title, r -> rate.apply(r.rates()), vm.formats()::rate,
                Comparator.comparingDouble(r -> r.share().orElse(-1)));
    }

    /** Rebuilds the three series; a group without reviewed calls gets no point rather than a false 0%. */
    private static void fill(XYChart<String, Number> chart, ObservableList<RateRow> rows) {
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(rows.stream().map(RateRow::label).toList());
        chart.getData().setAll(List.of(series("Stretch met", rows, HitRates::stretch),
                series("Conservative met", rows, HitRates::conservative),
                series("Advance", rows, HitRates::advance)));
    }

    private static XYChart.Series<String, Number> series(String name, List<RateRow> rows,
                                                         Function<HitRates, Rate> rate) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (RateRow r : rows) {
            rate.apply(r.rates()).share().ifPresent(v -> s.getData().add(new XYChart.Data<>(r.label(), 100 * v)));
        }
        return s;
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis(0, 100, 20);
        axis.setAutoRanging(false);
        return axis;
    }
}
