package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Makes a new prospect from a CRM row, or applies a row to the prospect it matched. */
final class ProspectWriter {
    private final StageModel stages;
    private final CrmFormat format;
    private final LocalDate today;

    ProspectWriter(StageModel stages, CrmFormat format, LocalDate today) {
        this.stages = stages;
        this.format = format;
        this.today = today;
    }

    /**
     * A new prospect in the row's stage (the first open stage when no stage column is mapped),
     * in it since the row's stage-change or created date (today when it has neither or it lies
     * ahead). Close date and owner, which a prospect has no field for, go into its notes.
     */
    Prospect create(CrmRecord r) {
        StageId stageId = r.stageId() == null ? stages.first().id() : r.stageId();
        LocalDate since = notAfterToday(r.stageSince() != null ? r.stageSince() : r.created());
        return Prospect.create(r.company(), r.dealName() == null ? "" : r.dealName(), stageId, since)
                .withCrm(r.crmId(), r.amount())
                .withNotes(importNote(r));
    }

    /**
     * The prospect with the row's company, deal, CRM id and amount where the row has them, moved
     * to the row's stage when that differs (recorded in the stage history, on the row's
     * stage-change date when it has one, else today). Contacts, notes and qualification stay.
     */
    Prospect update(Prospect p, CrmRecord r) {
        Prospect q = p.withDetails(r.company(), r.dealName() == null ? p.dealName() : r.dealName())
                .withCrm(r.crmId().isEmpty() ? p.crmId() : r.crmId(),
                        r.amount() == null ? p.amount() : r.amount());
        if (r.stageId() != null && !r.stageId().equals(p.stageId())) {
            q = q.movedTo(r.stageId(), notAfterToday(r.stageSince()));
        }
        return q.equals(p) ? p : q;
    }

    /** The date, or today when there is none or it lies ahead. */
    private LocalDate notAfterToday(LocalDate d) {
        return d == null || d.isAfter(today) ? today : d;
    }

    /** "stage Discovery -> Proposal; amount 10000 -> 12500", for the preview and the report. */
    String describeChange(Prospect before, Prospect after) {
        List<String> parts = new ArrayList<>();
        if (!before.stageId().equals(after.stageId())) {
            parts.add("stage " + stages.nameOf(before.stageId()) + " -> " + stages.nameOf(after.stageId()));
        }
        if (!before.company().equals(after.company()) || !before.dealName().equals(after.dealName())) {
            parts.add("renamed");
        }
        if (before.amount() == null ? after.amount() != null
                : after.amount() == null || before.amount().compareTo(after.amount()) != 0) {
            parts.add("amount " + plain(before) + " -> " + plain(after));
        }
        if (!before.crmId().equals(after.crmId())) {
            parts.add("CRM id " + after.crmId());
        }
        return String.join("; ", parts);
    }

    private static String plain(Prospect p) {
        return p.amount() == null ? "none" : p.amount().toPlainString();
    }

    private String importNote(CrmRecord r) {
        StringBuilder b = new StringBuilder("Imported from a ").append(format.displayName()).append(" on ")
                .append(today).append('.');
        if (r.closeDate() != null) {
            b.append(" Close date: ").append(r.closeDate()).append('.');
        }
        if (r.owner() != null && !r.owner().isEmpty()) {
            b.append(" Owner: ").append(r.owner()).append('.');
        }
        return b.toString();
    }
}
