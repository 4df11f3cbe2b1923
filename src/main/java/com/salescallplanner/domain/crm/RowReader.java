package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.StageId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Reads one CSV row into a {@link CrmRecord}, rejecting it with a reason that names the column. */
final class RowReader {
    private final ImportSettings settings;
    private final StageMapper stages;
    private final int headerSize;

    RowReader(ImportSettings settings, StageMapper stages) {
        this.settings = settings;
        this.stages = stages;
        this.headerSize = settings.mapping().headers().size();
    }

    CrmRecord read(CsvRow row) {
        for (int i = headerSize; i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                throw new RowRejected("the row has " + row.cells().size() + " cells but the header has "
                        + headerSize + " columns (is the delimiter right?)");
            }
        }
        String company = text(row, ImportField.COMPANY);
        if (company == null || company.isEmpty()) {
            throw new RowRejected(settings.mapping().has(ImportField.COMPANY)
                    ? "the company is empty (column '" + settings.mapping().headerOf(ImportField.COMPANY) + "')"
                    : "no column is mapped to the company");
        }
        return new CrmRecord(row.line(), orEmpty(text(row, ImportField.CRM_ID)), company,
                text(row, ImportField.DEAL_NAME), stage(row), amount(row), date(row, ImportField.STAGE_SINCE),
                date(row, ImportField.CREATED), date(row, ImportField.CLOSE_DATE), orEmpty(text(row, ImportField.OWNER)));
    }

    private StageId stage(CsvRow row) {
        String name = text(row, ImportField.STAGE);
        if (name == null) {
            return null;
        }
        if (name.isEmpty()) {
            throw new RowRejected("the stage is empty (column '" + settings.mapping().headerOf(ImportField.STAGE) + "')");
        }
        return stages.map(name).orElseThrow(() -> new RowRejected.UnknownStage(name));
    }

    private BigDecimal amount(CsvRow row) {
        String raw = text(row, ImportField.AMOUNT);
        try {
            return raw == null ? null : AmountParser.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(e.getMessage() + " (column '" + settings.mapping().headerOf(ImportField.AMOUNT) + "')");
        }
    }

    private LocalDate date(CsvRow row, ImportField field) {
        String raw = text(row, field);
        try {
            return raw == null ? null : CrmDates.parse(raw, settings.dateOrder());
        } catch (IllegalArgumentException e) {
            throw new RowRejected(e.getMessage() + " (column '" + settings.mapping().headerOf(field) + "')");
        }
    }

    /** The cell of the field's column, or null when no column is mapped to the field. */
    private String text(CsvRow row, ImportField field) {
        return settings.mapping().column(field).map(row::cell).orElse(null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
