package com.salescallplanner.app;

import com.salescallplanner.domain.crm.CsvTable;
import com.salescallplanner.store.crm.CrmFile;
import com.salescallplanner.store.crm.CsvDialect;
import com.salescallplanner.store.crm.CsvTableReader;
import com.salescallplanner.ui.port.CrmCsvReader;

import java.nio.file.Path;

/** The import wizard's CRM exports, read from disk by the store (as the command line's import reads them). */
public final class CrmCsvFileReader implements CrmCsvReader {
    @Override
    public CrmCsv read(Path file) {
        byte[] bytes = CrmFile.read(file);
        CsvDialect dialect = CsvDialect.detect(bytes);
        return new CrmCsv(bytes, dialect, CsvTableReader.read(bytes, dialect));
    }

    @Override
    public CsvTable table(byte[] bytes, CsvDialect dialect) {
        return CsvTableReader.read(bytes, dialect);
    }
}
