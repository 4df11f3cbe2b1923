package com.salescallplanner.ui.export;

import com.salescallplanner.store.export.CallSheet;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;

/** Prints a call sheet through the system's print dialog. Runs on the JavaFX thread. */
public final class CallSheetPrinter {
    private CallSheetPrinter() {
    }

    /**
     * Shows the print dialog and prints the sheet on one page.
     *
     * @return true when it was sent to the printer, false when there is no printer or the user cancelled
     */
    public static boolean print(CallSheet sheet, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        Node node = CallSheetNode.build(sheet, layout.getPrintableWidth());
        boolean printed = job.printPage(layout, node);
        return printed && job.endJob();
    }
}
