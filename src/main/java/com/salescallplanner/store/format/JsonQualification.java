package com.salescallplanner.store.format;

import com.salescallplanner.domain.Qualification;

/** The MEDDPICC notes of a prospect as stored. */
record JsonQualification(String metrics, String economicBuyer, String decisionCriteria, String decisionProcess,
                         String paperProcess, String identifiedPain, String champion, String competition) {
    Qualification toDomain(FieldPath at) {
        FieldValues.text(at.field("metrics"), metrics, "Metrics");
        FieldValues.text(at.field("economicBuyer"), economicBuyer, "Economic buyer");
        FieldValues.text(at.field("decisionCriteria"), decisionCriteria, "Decision criteria");
        FieldValues.text(at.field("decisionProcess"), decisionProcess, "Decision process");
        FieldValues.text(at.field("paperProcess"), paperProcess, "Paper process");
        FieldValues.text(at.field("identifiedPain"), identifiedPain, "Identified pain");
        FieldValues.text(at.field("champion"), champion, "Champion");
        FieldValues.text(at.field("competition"), competition, "Competition");
        return FieldValues.domain(at, () -> new Qualification(metrics, economicBuyer, decisionCriteria, decisionProcess,
                paperProcess, identifiedPain, champion, competition));
    }
}
