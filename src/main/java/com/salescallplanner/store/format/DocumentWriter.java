package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CallProgress;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.UpfrontContract;

import java.io.IOException;
import java.time.Instant;
import java.util.List;


/**
 * Writes the document straight from the domain records: the fields of the {@code Json*} records,
 * in their order (the tests' {@code golden/*.json} pin the bytes), without first building a copy
 * of the whole planner in those records. Binding through them took about 8 times as long as
 * writing the bytes to disk (docs/performance.md).
 */
final class DocumentWriter {
    private final JsonBytes g;

    DocumentWriter(JsonBytes g) {
        this.g = g;
    }

    /** The whole document; the prospects and calls use and renew {@code saved} (see {@link SavedTexts}). */
    void document(PlannerData d, Instant savedAt, SavedTexts saved) throws IOException {
        g.startObject();
        g.name(Key.schemaVersion.encoded());
        g.number(PlannerJson.CURRENT_VERSION);
        time(Key.savedAt, savedAt, TimeText::format);
        g.name(Key.stages.encoded());
        stages(d.stages().stages());
        g.name(Key.ladder.encoded());
        rungs(d.ladder().rungs());
        SavedTexts.Texts last = saved.last();
        boolean keep = saved.worthKeeping();
        RecordArray.Written prospects = array(Key.prospects, d.prospects(), last == null ? null : last.prospects(),
                keep, DocumentWriter::prospect);
        RecordArray.Written calls = array(Key.calls, d.calls(), last == null ? null : last.calls(), keep,
                DocumentWriter::call);
        g.name(Key.learnedPhrasings.encoded());
        learned(d.learned());
        g.endObject();
        saved.saved(keep ? new SavedTexts.Texts(prospects.texts(), calls.texts()) : null,
                prospects.bytes() + calls.bytes());
    }

    private <T> RecordArray.Written array(Key name, List<T> values, WrittenArray last, boolean keep,
                                          RecordArray.ValueWriter<T> each) throws IOException {
        g.name(name.encoded());
        g.startArray();
        RecordArray.Written written = RecordArray.write(g, values, last, keep, each);
        g.endArray();
        return written;
    }

    /** The {@code stages} array (also a journal line's body on its own). */
    void stages(List<Stage> stages) throws IOException {
        g.startArray();
        for (Stage s : stages) {
            stage(s);
        }
        g.endArray();
    }

    /** The {@code ladder} array. */
    void rungs(List<LadderRung> rungs) throws IOException {
        g.startArray();
        for (LadderRung r : rungs) {
            rung(r);
        }
        g.endArray();
    }

    /** The {@code learnedPhrasings} array. */
    void learned(List<LearnedPhrasing> learned) throws IOException {
        g.startArray();
        for (LearnedPhrasing l : learned) {
            learned(l);
        }
        g.endArray();
    }

    private void stage(Stage s) throws IOException {
        g.startObject();
        text(Key.id, s.id().value());
        text(Key.name, s.name());
        text(Key.description, s.description());
        text(Key.type, s.type().name());
        g.endObject();
    }

    private void rung(LadderRung r) throws IOException {
        g.startObject();
        text(Key.kind, r.kind().name());
        g.name(Key.rank.encoded());
        g.number(r.rank());
        text(Key.label, r.label());
        text(Key.buyerAction, r.buyerAction());
        text(Key.earliestStageId, r.earliestStageId().value());
        texts(Key.examples, r.examples());
        g.endObject();
    }

    void prospect(Prospect p) throws IOException {
        g.startObject();
        text(Key.id, p.id().value());
        text(Key.company, p.company());
        text(Key.dealName, p.dealName());
        g.name(Key.contacts.encoded());
        g.startArray();
        for (Contact c : p.contacts()) {
            contact(c);
        }
        g.endArray();
        text(Key.stageId, p.stageId().value());
        g.name(Key.stageHistory.encoded());
        g.startArray();
        for (StageChange h : p.stageHistory()) {
            stageChange(h);
        }
        g.endArray();
        qualification(p.qualification());
        text(Key.crmId, p.crmId());
        g.name(Key.amount.encoded());
        if (p.amount() == null) {
            g.nullValue();
        } else {
            g.number(p.amount());
        }
        text(Key.notes, p.notes());
        g.endObject();
    }

    private void contact(Contact c) throws IOException {
        g.startObject();
        text(Key.name, c.name());
        text(Key.role, c.role());
        text(Key.email, c.email());
        g.endObject();
    }

    private void stageChange(StageChange c) throws IOException {
        g.startObject();
        text(Key.stageId, c.stageId().value());
        time(Key.date, c.date(), TimeText::formatDate);
        g.endObject();
    }

    private void qualification(Qualification q) throws IOException {
        g.name(Key.qualification.encoded());
        g.startObject();
        text(Key.metrics, q.metrics());
        text(Key.economicBuyer, q.economicBuyer());
        text(Key.decisionCriteria, q.decisionCriteria());
        text(Key.decisionProcess, q.decisionProcess());
        text(Key.paperProcess, q.paperProcess());
        text(Key.identifiedPain, q.identifiedPain());
        text(Key.champion, q.champion());
        text(Key.competition, q.competition());
        g.endObject();
    }

    void call(CallPlan c) throws IOException {
        g.startObject();
        text(Key.id, c.id().value());
        text(Key.prospectId, c.prospectId().value());
        time(Key.start, c.start(), TimeText::formatOffset);
        text(Key.timeZone, c.start().getZone().getId());
        time(Key.duration, c.duration(), TimeText::formatDuration);
        texts(Key.attendees, c.attendees());
        text(Key.stageIdAtPlanning, c.stageIdAtPlanning().value());
        contract(c.contract());
        objective(Key.stretch, c.stretch());
        objective(Key.conservative, c.conservative());
        texts(Key.questions, c.questions());
        progress(c.progress());
        outcome(c.outcome());
        g.endObject();
    }

    private void contract(UpfrontContract c) throws IOException {
        g.name(Key.contract.encoded());
        g.startObject();
        text(Key.purpose, c.purpose());
        text(Key.theirAgenda, c.theirAgenda());
        text(Key.ourAgenda, c.ourAgenda());
        text(Key.time, c.time());
        text(Key.expectedOutcome, c.expectedOutcome());
        g.endObject();
    }

    private void objective(Key field, Objective o) throws IOException {
        g.name(field.encoded());
        g.startObject();
        text(Key.text, o.text());
        text(Key.kind, o.kindOverride() == null ? null : o.kindOverride().name());
        text(Key.owner, o.owner());
        time(Key.due, o.due(), TimeText::formatDate);
        g.endObject();
    }

    private void learned(LearnedPhrasing l) throws IOException {
        g.startObject();
        text(Key.phrasing, l.phrasing());
        text(Key.kind, l.kind() == null ? null : l.kind().name());
        text(Key.owner, l.owner());
        g.name(Key.buyerCommits.encoded());
        if (l.buyerCommits() == null) {
            g.nullValue();
        } else {
            g.bool(l.buyerCommits());
        }
        g.endObject();
    }

    private void progress(CallProgress p) throws IOException {
        g.name(Key.progress.encoded());
        g.startObject();
        flag(Key.stretchMet, p.stretchMet());
        flag(Key.conservativeMet, p.conservativeMet());
        text(Key.notes, p.notes());
        time(Key.startedAt, p.startedAt(), TimeText::format);
        g.endObject();
    }

    private void outcome(CallOutcome o) throws IOException {
        if (o == null) {
            g.name(Key.outcome.encoded());
            g.nullValue();
            return;
        }
        g.name(Key.outcome.encoded());
        g.startObject();
        text(Key.type, o.type().name());
        flag(Key.stretchMet, o.stretchMet());
        flag(Key.conservativeMet, o.conservativeMet());
        text(Key.notes, o.notes());
        text(Key.stageAfterId, o.stageAfterId().value());
        nextStep(o.nextStep());
        time(Key.reviewedOn, o.reviewedOn(), TimeText::formatDate);
        g.endObject();
    }

    private void nextStep(NextStep n) throws IOException {
        if (n == null) {
            g.name(Key.nextStep.encoded());
            g.nullValue();
            return;
        }
        g.name(Key.nextStep.encoded());
        g.startObject();
        text(Key.description, n.description());
        time(Key.date, n.date(), TimeText::formatDate);
        g.endObject();
    }

    /** Text, or null written as null (the records wrote every field, null included). */
    private void text(Key name, String value) throws IOException {
        g.name(name.encoded());
        if (value == null) {
            g.nullValue();
        } else {
            g.string(value);
        }
    }

    /** A date, time or duration (null written as null), formatted straight into the output. */
    private <T> void time(Key name, T value, JsonBytes.AsciiFormat<T> format) throws IOException {
        g.name(name.encoded());
        if (value == null) {
            g.nullValue();
        } else {
            g.string(value, format);
        }
    }

    private void flag(Key name, boolean value) throws IOException {
        g.name(name.encoded());
        g.bool(value);
    }

    private void texts(Key name, List<String> values) throws IOException {
        g.name(name.encoded());
        g.startArray();
        for (String v : values) {
            g.string(v);
        }
        g.endArray();
    }
}
