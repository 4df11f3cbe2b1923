package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the prospect a CRM row describes, so that re-importing a file updates instead of
 * duplicating: by the CRM's record id (exactly: Salesforce ids are case-sensitive) when the row
 * has one, else by company and deal name ignoring case. A row with a CRM id may also claim a
 * prospect with the same company and deal that has no CRM id yet (one typed in by hand).
 */
final class ProspectMatcher {
    private final Map<String, ProspectId> byCrmId = new HashMap<>();
    private final Map<String, ProspectId> byName = new HashMap<>();

    ProspectMatcher(PlannerData data) {
        data.prospects().forEach(this::add);
    }

    /** @param current the prospects as this import has made them so far */
    Optional<ProspectId> find(CrmRecord r, Function<ProspectId, Optional<Prospect>> current) {
        if (!r.crmId().isEmpty()) {
            ProspectId id = byCrmId.get(r.crmId());
            if (id != null) {
                return Optional.of(id);
            }
        }
        ProspectId id = byName.get(nameKey(r.company(), r.dealName() == null ? "" : r.dealName()));
        if (id == null) {
            return Optional.empty();
        }
        Prospect p = current.apply(id).orElseThrow();
        return r.crmId().isEmpty() || p.crmId().isEmpty() ? Optional.of(id) : Optional.empty();
    }

    /** Remembers a prospect added or changed by this import. */
    void add(Prospect p) {
        if (!p.crmId().isEmpty()) {
            byCrmId.put(p.crmId(), p.id());
        }
        byName.putIfAbsent(nameKey(p.company(), p.dealName()), p.id());
    }

    /** The key two rows of one file share when they describe the same deal. */
    static String recordKey(CrmRecord r) {
        return r.crmId().isEmpty() ? nameKey(r.company(), r.dealName() == null ? "" : r.dealName())
                : "id\u0000" + r.crmId();
    }

    private static String nameKey(String company, String deal) {
        return "name\u0000" + CrmFormat.normalise(company) + "\u0000" + CrmFormat.normalise(deal);
    }
}
