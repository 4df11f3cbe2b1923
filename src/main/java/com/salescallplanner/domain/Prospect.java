package com.salescallplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A buying organisation and the deal pursued with it. The stage history is oldest first and its
 * last entry is always the current stage, so "days in stage" and reports derive from it.
 *
 * @param crmId  the record id in the CRM it was imported from, or "" (re-imports match on it)
 * @param amount the deal's value, or null when unknown
 */
public record Prospect(ProspectId id, String company, String dealName, List<Contact> contacts,
                       StageId stageId, List<StageChange> stageHistory, Qualification qualification,
                       String crmId, BigDecimal amount, String notes) {
    public Prospect {
        FieldRules.required(id, "Prospect id");
        company = FieldRules.name(company, TextLimit.COMPANY.field());
        dealName = TextLimit.DEAL_NAME.check(dealName).strip();
        contacts = FieldRules.list(contacts, "Contacts of " + company);
        FieldRules.required(stageId, "Stage of " + company);
        stageHistory = FieldRules.list(stageHistory, "Stage history of " + company);
        if (stageHistory.isEmpty()) {
            throw new DomainException("Stage history of " + company + " must not be empty.");
        }
        if (!stageHistory.get(stageHistory.size() - 1).stageId().equals(stageId)) {
            throw new DomainException("The last stage change of " + company + " must be its current stage.");
        }
        for (int i = 1; i < stageHistory.size(); i++) {
            if (stageHistory.get(i).date().isBefore(stageHistory.get(i - 1).date())) {
                throw new DomainException("Stage history of " + company + " must be in date order.");
            }
        }
        qualification = qualification == null ? Qualification.EMPTY : qualification;
        crmId = FieldRules.text(crmId, "CRM id of " + company, FieldRules.MAX_NAME).strip();
        if (amount != null && amount.signum() < 0) {
            throw new DomainException("Amount of " + company + " must not be negative.");
        }
        notes = FieldRules.text(notes, "Notes of " + company);
    }

    /** A new prospect entering {@code stageId} on {@code since}. */
    public static Prospect create(String company, String dealName, StageId stageId, LocalDate since) {
        return new Prospect(ProspectId.random(), company, dealName, List.of(), stageId,
                List.of(new StageChange(stageId, since)), Qualification.EMPTY, "", null, "");
    }

    /** The deal's name, or the company when the deal has none. */
    public String displayName() {
        return dealName.isEmpty() ? company : dealName;
    }

    public LocalDate inStageSince() {
        return stageHistory.get(stageHistory.size() - 1).date();
    }

    public long daysInStage(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(inStageSince(), today));
    }

    /** Moves to another stage, recording the change; the same stage returns this prospect. */
    public Prospect movedTo(StageId newStageId, LocalDate on) {
        if (newStageId.equals(stageId)) {
            return this;
        }
        List<StageChange> history = new ArrayList<>(stageHistory);
        LocalDate date = on.isBefore(inStageSince()) ? inStageSince() : on;
        history.add(new StageChange(newStageId, date));
        return new Prospect(id, company, dealName, contacts, newStageId, history, qualification, crmId, amount, notes);
    }

    public Prospect withDetails(String newCompany, String newDealName) {
        return new Prospect(id, newCompany, newDealName, contacts, stageId, stageHistory, qualification, crmId,
                amount, notes);
    }

    public Prospect withContacts(List<Contact> newContacts) {
        return new Prospect(id, company, dealName, newContacts, stageId, stageHistory, qualification, crmId,
                amount, notes);
    }

    public Prospect withQualification(Qualification q) {
        return new Prospect(id, company, dealName, contacts, stageId, stageHistory, q, crmId, amount, notes);
    }

    public Prospect withNotes(String newNotes) {
        return new Prospect(id, company, dealName, contacts, stageId, stageHistory, qualification, crmId, amount,
                newNotes);
    }

    public Prospect withCrm(String newCrmId, BigDecimal newAmount) {
        return new Prospect(id, company, dealName, contacts, stageId, stageHistory, qualification, newCrmId,
                newAmount, notes);
    }
}
