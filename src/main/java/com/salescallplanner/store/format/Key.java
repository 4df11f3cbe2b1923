package com.salescallplanner.store.format;

/**
 * The field names of the document, each written exactly as it appears in the file (hence the
 * lower camel case), with its {@code "name": } bytes prepared once: a large planner writes
 * several million names per save.
 */
enum Key {
    schemaVersion, savedAt, stages, ladder, prospects, calls, id, name, description, type, kind,
    rank, label, buyerAction, earliestStageId, examples, company, dealName, contacts, stageId,
    stageHistory, crmId, amount, notes, role, email, date, qualification, metrics, economicBuyer,
    decisionCriteria, decisionProcess, paperProcess, identifiedPain, champion, competition,
    prospectId, start, timeZone, duration, attendees, stageIdAtPlanning, stretch, conservative,
    questions, contract, purpose, theirAgenda, ourAgenda, time, expectedOutcome, text, owner, due,
    progress, stretchMet, conservativeMet, startedAt, outcome, stageAfterId, reviewedOn, nextStep,
    learnedPhrasings, phrasing, buyerCommits;

    private final byte[] encoded = JsonBytes.encodeName(name());

    byte[] encoded() {
        return encoded;
    }
}
