package com.salescallplanner.domain;

/** Optional MEDDPICC qualification notes on a prospect; every field may be empty. */
public record Qualification(String metrics, String economicBuyer, String decisionCriteria,
                            String decisionProcess, String paperProcess, String identifiedPain,
                            String champion, String competition) {
    public static final Qualification EMPTY = new Qualification("", "", "", "", "", "", "", "");

    public Qualification {
        metrics = FieldRules.text(metrics, "Metrics");
        economicBuyer = FieldRules.text(economicBuyer, "Economic buyer");
        decisionCriteria = FieldRules.text(decisionCriteria, "Decision criteria");
        decisionProcess = FieldRules.text(decisionProcess, "Decision process");
        paperProcess = FieldRules.text(paperProcess, "Paper process");
        identifiedPain = FieldRules.text(identifiedPain, "Identified pain");
        champion = FieldRules.text(champion, "Champion");
        competition = FieldRules.text(competition, "Competition");
    }
}
