package com.salescallplanner.bench;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.PlannerStore;
import com.salescallplanner.ui.Themes;
import com.salescallplanner.ui.prospects.ProspectRow;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;


/**
 * Not part of the suite: a check of the reference the filter figure is compared with. A bare
 * {@code TableView} (six text columns, the same 10,000 rows' texts, {@code FilteredList} and
 * {@code SortedList}) under a search field, timed exactly as {@link FilterBench} times the app.
 * Arguments: data folder, rounds, warm-ups, window width, height, then any of {@code atlantafx}
 * (AtlantaFX's theme instead of Modena) and {@code fixed} (a fixed cell size).
 * Run: {@code java -cp target/classes:target/test-classes:<deps> -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw com.salescallplanner.bench.BareTableBench DIR 7 3 1280 800}
 */
public final class BareTableBench {
    private BareTableBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        double width = Double.parseDouble(args[3]);
        double height = Double.parseDouble(args[4]);
        List<String> options = List.of(args).subList(5, args.length);
        PlannerData data = PlannerStore.openForReading(Path.of(args[0])).load().data();
        ZonedDateTime now = ZonedDateTime.now();
        List<String[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (var p : data.prospects()) {
            ProspectRow r = ProspectRow.of(data, p, now);
            rows.add(new String[] {p.company(), p.dealName(), r.stageName(), String.valueOf(r.nextCall()),
                r.daysInStage() + " days", r.flagText(), r.searchKey()});
            keys.add(r.searchKey());
        }
        CompletableFuture<Object[]> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            if (options.contains("atlantafx")) {
                Themes.use(false);
            }
            TableView<String[]> table = new TableView<>();
            String[] titles = {"Company", "Deal", "Stage", "Next call", "In stage", "Attention"};
            for (int i = 0; i < titles.length; i++) {
                int c = i;
                TableColumn<String[], String> col = new TableColumn<>(titles[i]);
                col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()[c]));
                table.getColumns().add(col);
            }
            if (options.contains("fixed")) {
                table.setFixedCellSize(28);
            }
            FilteredList<String[]> filtered = new FilteredList<>(FXCollections.observableArrayList(rows));
            SortedList<String[]> sorted = new SortedList<>(filtered);
            sorted.comparatorProperty().bind(table.comparatorProperty());
            table.setItems(sorted);
            TextField search = new TextField();
            search.textProperty().addListener((o, was, q) -> {
                String lq = q.toLowerCase(Locale.ROOT);
                filtered.setPredicate(r -> lq.isEmpty() || r[6].contains(lq));
            });
            Stage stage = new Stage();
            Scene scene = new Scene(new BorderPane(table, search, null, null, null), width, height);
            stage.setScene(scene);
            stage.show();
            shown.complete(new Object[] {scene, search, table});
        });
        Object[] s = shown.get(1, TimeUnit.MINUTES);
        Scene scene = (Scene) s[0];
        TextField search = (TextField) s[1];
        Thread.sleep(2000);
        List<Double> frame = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < warmups + rounds; round++) {
            for (String text : FilterBench.sequence()) {
                double[] t = FilterBench.keystroke(scene, search, text, keys);
                if (round >= warmups) {
                    frame.add(t[0]);
                    cpu.add(t[2]);
                }
            }
        }
        int cells = FilterBench.onFx(() -> scene.getRoot().lookupAll(".table-row-cell").size());
        System.out.printf(Locale.ROOT, "bare table %s %.0fx%.0f, %d row cells: median %.2f ms, FX thread's CPU time"
                + " median %.2f ms%n", options, width, height, cells, Stats.median(frame), Stats.median(cpu));
        System.exit(0);
    }
}
