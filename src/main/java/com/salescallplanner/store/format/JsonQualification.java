package com.salescallplanner.store.format;

import com.salescallplanner.domain.Qualification;

/** The MEDDPICC notes of a prospect as stored. */
record JsonQualification(String metrics, String economicBuyer, String decisionCriteria, String decisionProcess,
                         String paperProcess, String identifiedPain, String champion, String competition) {
    static JsonQualification from(Qualification q) {
        return new JsonQualification(q.metrics(), q.economicBuyer(), q.decisionCriteria(), q.decisionProcess(),
                q.paperProcess(), q.identifiedPain(), q.champion(), q.competition());
    }

    Qualification toDomain(FieldPath at) {
        Fields.text(at.field("metrics"), metrics, "Metrics");
        Fields.text(at.field("economicBuyer"), economicBuyer, "Economic buyer");
        Fields.text(at.field("decisionCriteria"), decisionCriteria, "Decision criteria");
        Fields.text(at.field("decisionProcess"), decisionProcess, "Decision process");
        Fields.text(at.field("paperProcess"), paperProcess, "Paper process");
        Fields.text(at.field("identifiedPain"), identifiedPain, "Identified pain");
        Fields.text(at.field("champion"), champion, "Champion");
        Fields.text(at.field("competition"), competition, "Competition");
        return Fields.domain(at, () -> new Qualification(metrics, economicBuyer, decisionCriteria, decisionProcess,
                paperProcess, identifiedPain, champion, competition));
    }
}
