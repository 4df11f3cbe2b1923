package com.salescallplanner.domain;

import java.util.stream.Stream;

/** Optional MEDDPICC qualification notes on a prospect; every field may be empty. */
public record Qualification(String metrics, String economicBuyer, String decisionCriteria,
                            String decisionProcess, String paperProcess, String identifiedPain,
                            String champion, String competition) {
    public static final Qualification EMPTY = new Qualification("", "", "", "", "", "", "", "");

    public Qualification {
        metrics = Checks.text(metrics, "Metrics");
        economicBuyer = Checks.text(economicBuyer, "Economic buyer");
        decisionCriteria = Checks.text(decisionCriteria, "Decision criteria");
        decisionProcess = Checks.text(decisionProcess, "Decision process");
        paperProcess = Checks.text(paperProcess, "Paper process");
        identifiedPain = Checks.text(identifiedPain, "Identified pain");
        champion = Checks.text(champion, "Champion");
        competition = Checks.text(competition, "Competition");
    }

    /** How many of the eight MEDDPICC fields hold something. */
    public int filledCount() {
        return (int) Stream.of(metrics, economicBuyer, decisionCriteria, decisionProcess, paperProcess,
                identifiedPain, champion, competition).filter(s -> !s.isBlank()).count();
    }
}
