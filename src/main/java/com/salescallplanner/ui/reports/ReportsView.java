package com.salescallplanner.ui.reports;

import com.salescallplanner.ui.computed.OnScreen;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Reports view: hit rates, days in stage, open prospects by stage and the stranded
 * prospects, one tab each. A small spinner shows while the figures are being recomputed.
 */
public final class ReportsView extends BorderPane {
    public static final String HIT_RATES = "Hit rates";
    public static final String DAYS_IN_STAGE = "Days in stage";
    public static final String OPEN_PIPELINE = "Open pipeline";
    public static final String STRANDED = "Stranded";

    private final TabPane tabs = new TabPane();
    private final BooleanBinding showing;

    public ReportsView(ReportsViewModel vm) {
        getStyleClass().add(ReportStyles.VIEW);
        getStylesheets().add(ReportStyles.stylesheet());

        Label title = new Label("Reports");
        title.getStyleClass().add(Styles.TITLE_2);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox header = new HBox(title, busy);
        header.getStyleClass().add(ReportStyles.HEADER);
        setTop(header);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab(HIT_RATES, Feather.TARGET, new HitRatesPane(vm)),
                tab(DAYS_IN_STAGE, Feather.CLOCK, new StageDurationsPane(vm)),
                tab(OPEN_PIPELINE, Feather.BAR_CHART_2, new OpenPipelinePane(vm)),
                tab(STRANDED, Feather.ALERT_TRIANGLE, new StrandedPane(vm)));
        setCenter(tabs);
        showing = OnScreen.track(this, vm::setShowing);
    }

    /** Brings the named tab to the front, e.g. {@link #STRANDED} from a "see stranded" link. */
    public void show(String tabTitle) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(tabTitle)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static Tab tab(String title, Feather icon, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setGraphic(new FontIcon(icon));
        return t;
    }
}
