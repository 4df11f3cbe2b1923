package com.salescallplanner.store.format;

import com.salescallplanner.domain.FieldRules;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A prospect (account and deal) as stored. */
record JsonProspect(String id, String company, String dealName, List<JsonContact> contacts, String stageId,
                    List<JsonStageChange> stageHistory, JsonQualification qualification, String crmId,
                    BigDecimal amount, String notes) {
    Prospect toDomain(FieldPath at, Set<String> stageIds) {
        ProspectId pid = FieldValues.domain(at.field("id"), () -> new ProspectId(FieldValues.required(at.field("id"), id)));
        String c = FieldValues.name(at.field("company"), company, "Company");
        FieldValues.text(at.field("dealName"), dealName, "Deal name", FieldRules.MAX_NAME);
        List<Contact> people = FieldValues.optionalList(at.field("contacts"), contacts, JsonContact::toDomain);
        StageId stage = StageReference.stage(at.field("stageId"), stageId, stageIds);
        List<StageChange> history = FieldValues.list(at.field("stageHistory"), stageHistory,
                (h, p) -> h.toDomain(p, stageIds));
        Qualification q = qualification == null ? null : qualification.toDomain(at.field("qualification"));
        FieldValues.text(at.field("crmId"), crmId, "CRM id of " + c, FieldRules.MAX_NAME);
        BigDecimal value = FieldValues.amount(at.field("amount"), amount);
        FieldValues.text(at.field("notes"), notes, "Notes of " + c);
        return FieldValues.domain(at, () -> new Prospect(pid, c, dealName, people, stage, history, q, crmId, value, notes));
    }
}
