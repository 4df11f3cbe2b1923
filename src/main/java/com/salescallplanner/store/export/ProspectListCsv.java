package com.salescallplanner.store.export;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectHealth;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The prospect list as CSV for a spreadsheet: company, deal, stage, amount, next call, days in
 * stage, stranded. UTF-8 with a byte-order mark, which is how Excel recognises UTF-8, and every
 * cell made safe from formula injection.
 */
public final class ProspectListCsv {
    public static final List<String> HEADER = List.of("Company", "Deal", "Stage", "Amount", "Next call",
            "Days in stage", "Stranded");
    private static final DateTimeFormatter NEXT_CALL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ProspectListCsv() {
    }

    public static byte[] export(PlannerData data, ZonedDateTime now) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(HEADER);
            for (Prospect p : data.prospects()) {
                ProspectHealth h = ProspectHealth.of(data, p, now);
                csv.printRecord(List.of(p.company(), p.dealName(), data.stages().nameOf(p.stageId()),
                        p.amount() == null ? "" : p.amount().toPlainString(),
                        h.nextCall().map(c -> NEXT_CALL.format(c.start())).orElse(""),
                        Long.toString(p.daysInStage(now.toLocalDate())), h.stranded() ? "yes" : "no")
                        .stream().map(ExportText::wellFormed).map(SpreadsheetSafe::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
