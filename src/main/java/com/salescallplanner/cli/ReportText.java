package com.salescallplanner.cli;

import com.salescallplanner.domain.report.HitRates;
import com.salescallplanner.domain.report.MonthHitRates;
import com.salescallplanner.domain.report.PipelineColumn;
import com.salescallplanner.domain.report.ReportPeriod;
import com.salescallplanner.domain.report.ReportSnapshot;
import com.salescallplanner.domain.report.StageDuration;
import com.salescallplanner.domain.report.StageHitRates;
import com.salescallplanner.domain.report.StrandedProspect;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The report as readable sections of aligned tables, in the same words as the Reports view. */
final class ReportText {
    private static final String NL = System.lineSeparator();

    private ReportText() {
    }

    static String of(ReportSnapshot r, ReportPeriod period) {
        StringBuilder sb = new StringBuilder();
        HitRates all = r.hitRates().overall();
        sb.append("Hit rates, ").append(period.describe()).append(" (").append(all.reviewed()).append(')').append(NL);
        sb.append("  Stretch ").append(all.stretch().label())
                .append(" · Conservative ").append(all.conservative().label())
                .append(" · Advance ").append(all.advance().label()).append(NL).append(NL);

        TextTable byStage = new TextTable("Stage", "Reviewed", "Stretch", "Conservative", "Advance");
        for (StageHitRates s : r.hitRates().byStage()) {
            byStage.add(rateRow(s.stage().name(), s.rates()));
        }
        section(sb, "By stage at planning", byStage.render());
        if (r.hitRates().byMonth().isEmpty()) {
            section(sb, "By month", "No reviewed calls in this period." + NL);
        } else {
            TextTable byMonth = new TextTable("Month", "Reviewed", "Stretch", "Conservative", "Advance");
            for (MonthHitRates m : r.hitRates().byMonth()) {
                byMonth.add(rateRow(m.month().toString(), m.rates()));
            }
            section(sb, "By month", byMonth.render());
        }

        TextTable days = new TextTable("Stage", "Prospects", "Still in stage", "Average days", "Median days");
        for (StageDuration d : r.stageDurations()) {
            boolean none = d.prospects() == 0;
            days.add(d.stage().name(), Integer.toString(d.prospects()), Integer.toString(d.stillInStage()),
                    none ? "–" : oneDecimal(d.averageDays()), none ? "–" : oneDecimal(d.medianDays()));
        }
        section(sb, "Days in stage", days.render());

        TextTable open = new TextTable("Stage", "Prospects", "Amount", "Without amount");
        for (PipelineColumn c : r.openByStage()) {
            open.add(c.stage().name(), Integer.toString(c.count()), amount(c.amount()), Integer.toString(c.withoutAmount()));
        }
        section(sb, "Open prospects by stage", open.render());

        if (r.stranded().isEmpty()) {
            sb.append("Stranded prospects: none. Every open deal has a dated next step.").append(NL);
        } else {
            TextTable stranded = new TextTable("Deal", "Company", "Stage", "Why", "Days since last call", "Id");
            for (StrandedProspect s : r.stranded()) {
                stranded.add(s.prospect().displayName(), s.prospect().company(), s.stage().name(), s.reason(),
                        s.daysSinceLastCall().isPresent() ? Long.toString(s.daysSinceLastCall().getAsLong()) : "never",
                        s.prospect().id().value());
            }
            sb.append("Stranded prospects (").append(r.stranded().size()).append(')').append(NL)
                    .append(stranded.render());
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, String body) {
        sb.append(title).append(NL).append(body).append(NL);
    }

    private static String[] rateRow(String name, HitRates h) {
        return new String[] {name, Integer.toString(h.reviewed()), h.stretch().label(), h.conservative().label(),
                h.advance().label()};
    }

    private static String oneDecimal(double days) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(days);
    }

    private static String amount(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
