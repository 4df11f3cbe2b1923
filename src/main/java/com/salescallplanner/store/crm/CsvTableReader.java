package com.salescallplanner.store.crm;

import com.salescallplanner.domain.crm.CsvRow;
import com.salescallplanner.domain.crm.CsvTable;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file's bytes into a {@link CsvTable}. Quoted fields may hold delimiters, doubled
 * quotes and line breaks (RFC 4180), which is why line numbers come from the parser's character
 * positions rather than from counting records.
 */
public final class CsvTableReader {
    private CsvTableReader() {
    }

    public static CsvTable read(byte[] bytes, CsvDialect dialect) {
        CsvText text = CsvText.of(bytes, dialect.charset());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        List<String> headers = null;
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
            for (CSVRecord r : parser) {
                if (headers == null) {
                    headers = r.toList().stream().map(String::strip).toList();
                } else {
                    CsvRow row = new CsvRow(text.lineOf(r.getCharacterPosition()), r.toList());
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CsvFileException("The file is not valid CSV: " + describe(e), e);
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new CsvFileException("The file is empty: a CSV import needs a header line naming the columns.");
        }
        return new CsvTable(headers, rows);
    }

    /** Commons CSV's own words ("EOF reached before encapsulated token finished") name the line. */
    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed (" + m + ")";
        }
        return m;
    }
}
