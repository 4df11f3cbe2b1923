package com.salescallplanner.ui.export;

import com.salescallplanner.store.export.CallExportFormat;

import java.util.function.Supplier;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/** The "Export call" menu for the main window: .ics, .md, .pdf and print, enabled when a call is selected. */
public final class ExportMenu {
    private ExportMenu() {
    }

    public static Menu create(ExportCallViewModel vm, Supplier<Window> owner) {
        Menu menu = new Menu("Export call");
        for (CallExportFormat f : CallExportFormat.values()) {
            MenuItem item = new MenuItem("As " + f.description() + " (." + f.extension() + ")...");
            item.disableProperty().bind(vm.canExportProperty().not());
            item.setOnAction(e -> vm.export(f));
            menu.getItems().add(item);
        }
        MenuItem print = new MenuItem("Print call sheet...");
        print.disableProperty().bind(vm.canExportProperty().not());
        print.setOnAction(e -> vm.callSheet().ifPresent(s -> vm.reportPrinted(CallSheetPrinter.print(s, owner.get()))));
        menu.getItems().addAll(new SeparatorMenuItem(), print);
        return menu;
    }
}
