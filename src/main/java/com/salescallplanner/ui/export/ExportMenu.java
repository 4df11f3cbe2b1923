package com.salescallplanner.ui.export;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.store.export.CallExportFormat;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Export" menu of a call: to the calendar (.ics), as a Markdown or PDF call sheet, and print. */
public final class ExportMenu {
    public static final String BUTTON_CLASS = "export-call";

    private ExportMenu() {
    }

    /**
     * A button "Export" whose items first ask which call they apply to: the call of a row, or the
     * plan editor's plan once saved (nothing happens when it cannot be saved).
     */
    public static MenuButton button(ExportCallViewModel vm, Supplier<Window> owner, Supplier<Optional<CallId>> call) {
        MenuButton button = new MenuButton("Export", new FontIcon(Feather.SHARE));
        button.getStyleClass().add(BUTTON_CLASS);
        button.setAccessibleText("Export or print this call");
        button.getItems().addAll(items(vm, owner, act -> call.get().ifPresent(id -> {
            vm.selectedCallProperty().set(id);
            act.run();
        })));
        return button;
    }

    /** The items; {@code around} runs each action once the call to act on is settled. */
    private static List<MenuItem> items(ExportCallViewModel vm, Supplier<Window> owner, Consumer<Runnable> around) {
        MenuItem ics = item("To calendar (.ics)...", Feather.CALENDAR, () -> around.accept(
                () -> vm.export(CallExportFormat.ICS)));
        MenuItem md = item("Call sheet as Markdown (.md)...", Feather.FILE_TEXT, () -> around.accept(
                () -> vm.export(CallExportFormat.MD)));
        MenuItem pdf = item("Call sheet as PDF (.pdf)...", Feather.FILE, () -> around.accept(
                () -> vm.export(CallExportFormat.PDF)));
        MenuItem print = item("Print call sheet...", Feather.PRINTER, () -> around.accept(
                () -> vm.callSheet().ifPresent(s -> vm.reportPrinted(CallSheetPrinter.print(s, owner.get())))));
        ics.setId("export-ics");
        md.setId("export-md");
        pdf.setId("export-pdf");
        print.setId("print-call-sheet");
        return List.of(ics, md, pdf, new SeparatorMenuItem(), print);
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem i = new MenuItem(text, new FontIcon(icon));
        i.setOnAction(e -> action.run());
        return i;
    }
}
