package com.salescallplanner.ui.importer;

/** One row of the import preview table: what the import will do with one line of the file. */
public record PreviewRow(int line, String status, String prospect, String stage, String detail) {
}
