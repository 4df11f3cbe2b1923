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
 * <b>Test code only:</b> the hand-written writer that {@code store.format} used before it wrote
 * through Jackson's generator (decision 10), kept here solely so that {@link WriterComparison}
 * can time both on the same store.
 *
 * <p>Writes the document straight from the domain records: the fields of the {@code Json*} records,
 * in their order (the tests' {@code golden/*.json} pin the bytes), without first building a copy
 * of the whole planner in those records. Binding through them took about 8 times as long as
 * writing the bytes to disk (docs/performance.md).
 */
final class HandWrittenDocument {
    private final HandWrittenBytes g;

    HandWrittenDocument(HandWrittenBytes g) {
        this.g = g;
    }

    /** As {@code PlannerJson.write} did with this writer. */
    static void write(PlannerData data, Instant savedAt, java.io.OutputStream out, SavedTexts saved)
            throws IOException {
        HandWrittenBytes json = new HandWrittenBytes(out);
        new HandWrittenDocument(json).document(data, savedAt, saved);
        json.raw('\n');
        json.flush();
    }

    /** The whole document; the prospects and calls use and renew {@code saved} (see {@link SavedTexts}). */
    void document(PlannerData d, Instant savedAt, SavedTexts saved) throws IOException {
        g.startObject();
        g.name(Key.schemaVersion);
        g.number(PlannerJson.CURRENT_VERSION);
        time(Key.savedAt, savedAt, TimeText::format);
        g.name(Key.stages);
        g.startArray();
        for (Stage s : d.stages().stages()) {
            stage(s);
        }
        g.endArray();
        g.name(Key.ladder);
        g.startArray();
        for (LadderRung r : d.ladder().rungs()) {
            rung(r);
        }
        g.endArray();
        SavedTexts.Texts last = saved.last();
        boolean keep = saved.worthKeeping();
        HandWrittenArray.Written prospects = array(Key.prospects, d.prospects(), last == null ? null : last.prospects(),
                keep, HandWrittenDocument::prospect);
        HandWrittenArray.Written calls = array(Key.calls, d.calls(), last == null ? null : last.calls(), keep,
                HandWrittenDocument::call);
        g.name(Key.learnedPhrasings);
        g.startArray();
        for (LearnedPhrasing l : d.learned()) {
            learned(l);
        }
        g.endArray();
        g.endObject();
        saved.saved(keep ? new SavedTexts.Texts(prospects.texts(), calls.texts()) : null,
                prospects.bytes() + calls.bytes());
    }

    private <T> HandWrittenArray.Written array(Key name, List<T> values, WrittenArray last, boolean keep,
                                          HandWrittenArray.ValueWriter<T> each) throws IOException {
        g.name(name);
        g.startArray();
        HandWrittenArray.Written written = HandWrittenArray.write(g, values, last, keep, each);
        g.endArray();
        return written;
    }

    private void stage(Stage s) throws IOException {
        g.startObject();
        text(Key.id, s.id());
        text(Key.name, s.name());
        text(Key.description, s.description());
        text(Key.type, s.type().name());
        g.endObject();
    }

    private void rung(LadderRung r) throws IOException {
        g.startObject();
        text(Key.kind, r.kind().name());
        g.name(Key.rank);
        g.number(r.rank());
        text(Key.label, r.label());
        text(Key.buyerAction, r.buyerAction());
        text(Key.earliestStageId, r.earliestStageId());
        texts(Key.examples, r.examples());
        g.endObject();
    }

    void prospect(Prospect p) throws IOException {
        g.startObject();
        text(Key.id, p.id().value());
        text(Key.company, p.company());
        text(Key.dealName, p.dealName());
        g.name(Key.contacts);
        g.startArray();
        for (Contact c : p.contacts()) {
            contact(c);
        }
        g.endArray();
        text(Key.stageId, p.stageId());
        g.name(Key.stageHistory);
        g.startArray();
        for (StageChange h : p.stageHistory()) {
            stageChange(h);
        }
        g.endArray();
        qualification(p.qualification());
        text(Key.crmId, p.crmId());
        g.name(Key.amount);
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
        text(Key.stageId, c.stageId());
        time(Key.date, c.date(), TimeText::formatDate);
        g.endObject();
    }

    private void qualification(Qualification q) throws IOException {
        g.name(Key.qualification);
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
        text(Key.stageIdAtPlanning, c.stageIdAtPlanning());
        contract(c.contract());
        objective(Key.stretch, c.stretch());
        objective(Key.conservative, c.conservative());
        texts(Key.questions, c.questions());
        progress(c.progress());
        outcome(c.outcome());
        g.endObject();
    }

    private void contract(UpfrontContract c) throws IOException {
        g.name(Key.contract);
        g.startObject();
        text(Key.purpose, c.purpose());
        text(Key.theirAgenda, c.theirAgenda());
        text(Key.ourAgenda, c.ourAgenda());
        text(Key.time, c.time());
        text(Key.expectedOutcome, c.expectedOutcome());
        g.endObject();
    }

    private void objective(Key field, Objective o) throws IOException {
        g.name(field);
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
        g.name(Key.buyerCommits);
        if (l.buyerCommits() == null) {
            g.nullValue();
        } else {
            g.bool(l.buyerCommits());
        }
        g.endObject();
    }

    private void progress(CallProgress p) throws IOException {
        g.name(Key.progress);
        g.startObject();
        flag(Key.stretchMet, p.stretchMet());
        flag(Key.conservativeMet, p.conservativeMet());
        text(Key.notes, p.notes());
        time(Key.startedAt, p.startedAt(), TimeText::format);
        g.endObject();
    }

    private void outcome(CallOutcome o) throws IOException {
        if (o == null) {
            g.name(Key.outcome);
            g.nullValue();
            return;
        }
        g.name(Key.outcome);
        g.startObject();
        text(Key.type, o.type().name());
        flag(Key.stretchMet, o.stretchMet());
        flag(Key.conservativeMet, o.conservativeMet());
        text(Key.notes, o.notes());
        text(Key.stageAfterId, o.stageAfterId());
        nextStep(o.nextStep());
        time(Key.reviewedOn, o.reviewedOn(), TimeText::formatDate);
        g.endObject();
    }

    private void nextStep(NextStep n) throws IOException {
        if (n == null) {
            g.name(Key.nextStep);
            g.nullValue();
            return;
        }
        g.name(Key.nextStep);
        g.startObject();
        text(Key.description, n.description());
        time(Key.date, n.date(), TimeText::formatDate);
        g.endObject();
    }

    /** Text, or null written as null (the records wrote every field, null included). */
    private void text(Key name, String value) throws IOException {
        g.name(name);
        if (value == null) {
            g.nullValue();
        } else {
            g.string(value);
        }
    }

    /** A date, time or duration (null written as null), formatted straight into the output. */
    private <T> void time(Key name, T value, HandWrittenBytes.AsciiFormat<T> format) throws IOException {
        g.name(name);
        if (value == null) {
            g.nullValue();
        } else {
            g.string(value, format);
        }
    }

    private void flag(Key name, boolean value) throws IOException {
        g.name(name);
        g.bool(value);
    }

    private void texts(Key name, List<String> values) throws IOException {
        g.name(name);
        g.startArray();
        for (String v : values) {
            g.string(v);
        }
        g.endArray();
    }
}
