package com.salescallplanner.ui.port;

import com.salescallplanner.domain.crm.CsvTable;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.store.crm.CsvFileException;

import java.nio.file.Path;

/**
 * The import wizard's view of a CRM's CSV export: the file read from disk (regular files of at
 * most 50 MB), its delimiter and character set detected, and its rows as a table; again in
 * another dialect when the rep corrects one. Implemented over {@code store.crm} in {@code app}.
 * {@link #read} blocks on the disk: the wizard calls it off the JavaFX thread. Both throw
 * {@link CsvFileException} with a sentence saying why the file is no table (the caller names it).
 */
public interface CrmCsvReader {
    /** Reads the file and detects its dialect. */
    CrmCsv read(Path file);

    /** The table the same bytes make in {@code dialect}. */
    CsvTable table(byte[] bytes, CsvDialect dialect);

    /**
     * A CRM export as read: its bytes (kept for reading them in another dialect), the dialect
     * detected from them and the table they make in it.
     */
    record CrmCsv(byte[] bytes, CsvDialect dialect, CsvTable table) {
    }
}
