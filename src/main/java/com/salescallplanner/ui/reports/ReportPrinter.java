package com.salescallplanner.ui.reports;

import com.salescallplanner.ui.KeyCatalogue;

import java.util.function.Consumer;

import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

/**
 * Shortcut+P on Reports: prints the report on screen through the system's print dialog (a PDF
 * printer there saves it as a file), scaled to fit one page. Whatever happens is said in the
 * status bar, never nothing: no printer, cancelled, sent, or failed. Runs on the JavaFX thread.
 */
public final class ReportPrinter {
    static final String NO_PRINTER = "No printer is set up on this computer, so the report cannot be printed "
            + "(" + KeyCatalogue.PLAN_CALL.displayText() + " prints the report on screen once a printer, or a PDF "
            + "printer, is set up).";

    private ReportPrinter() {
    }

    /** Prints the node (the Reports page as shown) and tells how it went. */
    public static void print(Node report, Window owner, Consumer<String> tell) {
        PrinterJob job = Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            tell.accept(NO_PRINTER);
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            tell.accept("Printing the report was cancelled.");
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double width = report.getBoundsInParent().getWidth();
        double height = report.getBoundsInParent().getHeight();
        double scale = Math.min(1, Math.min(layout.getPrintableWidth() / width, layout.getPrintableHeight() / height));
        Scale fit = new Scale(scale, scale);
        report.getTransforms().add(fit);
        try {
            boolean printed = job.printPage(layout, report) && job.endJob();
            tell.accept(printed ? "The report was sent to " + job.getPrinter().getName() + "."
                    : "The report could not be printed: the printer refused it.");
        } finally {
            report.getTransforms().remove(fit);
        }
    }
}
