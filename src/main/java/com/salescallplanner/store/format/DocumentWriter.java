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

import tools.jackson.core.JsonGenerator;

/**
 * Writes the document straight from the domain records: the fields of the {@code Json*} records,
 * in their order (the tests' {@code golden/*.json} pin the bytes), through Jackson's streaming
 * generator in the planner's layout ({@link PlannerLayout}), without first building a copy of
 * the whole planner in those records. Binding through them took about 8 times as long as writing
 * the bytes to disk (docs/performance.md, decision 10).
 */
final class DocumentWriter {
    private final JsonGenerator g;
    /** Where dates and times are formatted, as ASCII, before the generator copies them. */
    private final byte[] ascii = new byte[TimeText.MAX_ASCII];

    DocumentWriter(JsonGenerator g) {
        this.g = g;
    }

    /** The whole document; the prospects and calls use and renew {@code saved} (see {@link SavedTexts}). */
    void document(PlannerData d, Instant savedAt, SavedTexts saved) throws IOException {
        g.writeStartObject();
        g.writeName(Key.schemaVersion.encoded());
        g.writeNumber(PlannerJson.CURRENT_VERSION);
        time(Key.savedAt, savedAt, TimeText::format);
        g.writeName(Key.stages.encoded());
        g.writeStartArray();
        for (Stage s : d.stages().stages()) {
            stage(s);
        }
        g.writeEndArray();
        g.writeName(Key.ladder.encoded());
        g.writeStartArray();
        for (LadderRung r : d.ladder().rungs()) {
            rung(r);
        }
        g.writeEndArray();
        SavedTexts.Texts last = saved.last();
        boolean keep = saved.worthKeeping();
        RecordArray.Written prospects = array(Key.prospects, d.prospects(), last == null ? null : last.prospects(),
                keep, DocumentWriter::prospect);
        RecordArray.Written calls = array(Key.calls, d.calls(), last == null ? null : last.calls(), keep,
                DocumentWriter::call);
        g.writeName(Key.learnedPhrasings.encoded());
        g.writeStartArray();
        for (LearnedPhrasing l : d.learned()) {
            learned(l);
        }
        g.writeEndArray();
        g.writeEndObject();
        saved.saved(keep ? new SavedTexts.Texts(prospects.texts(), calls.texts()) : null,
                prospects.bytes() + calls.bytes());
    }

    private <T> RecordArray.Written array(Key name, List<T> values, WrittenArray last, boolean keep,
                                          RecordArray.ValueWriter<T> each) throws IOException {
        g.writeName(name.encoded());
        g.writeStartArray();
        RecordArray.Written written = RecordArray.write(g, values, last, keep, each);
        g.writeEndArray();
        return written;
    }

    private void stage(Stage s) {
        g.writeStartObject();
        text(Key.id, s.id());
        text(Key.name, s.name());
        text(Key.description, s.description());
        text(Key.type, s.type().name());
        g.writeEndObject();
    }

    private void rung(LadderRung r) {
        g.writeStartObject();
        text(Key.kind, r.kind().name());
        g.writeName(Key.rank.encoded());
        g.writeNumber(r.rank());
        text(Key.label, r.label());
        text(Key.buyerAction, r.buyerAction());
        text(Key.earliestStageId, r.earliestStageId());
        texts(Key.examples, r.examples());
        g.writeEndObject();
    }

    void prospect(Prospect p) {
        g.writeStartObject();
        text(Key.id, p.id().value());
        text(Key.company, p.company());
        text(Key.dealName, p.dealName());
        g.writeName(Key.contacts.encoded());
        g.writeStartArray();
        for (Contact c : p.contacts()) {
            contact(c);
        }
        g.writeEndArray();
        text(Key.stageId, p.stageId());
        g.writeName(Key.stageHistory.encoded());
        g.writeStartArray();
        for (StageChange h : p.stageHistory()) {
            stageChange(h);
        }
        g.writeEndArray();
        qualification(p.qualification());
        text(Key.crmId, p.crmId());
        g.writeName(Key.amount.encoded());
        if (p.amount() == null) {
            g.writeNull();
        } else {
            g.writeNumber(p.amount());
        }
        text(Key.notes, p.notes());
        g.writeEndObject();
    }

    private void contact(Contact c) {
        g.writeStartObject();
        text(Key.name, c.name());
        text(Key.role, c.role());
        text(Key.email, c.email());
        g.writeEndObject();
    }

    private void stageChange(StageChange c) {
        g.writeStartObject();
        text(Key.stageId, c.stageId());
        time(Key.date, c.date(), TimeText::formatDate);
        g.writeEndObject();
    }

    private void qualification(Qualification q) {
        g.writeName(Key.qualification.encoded());
        g.writeStartObject();
        text(Key.metrics, q.metrics());
        text(Key.economicBuyer, q.economicBuyer());
        text(Key.decisionCriteria, q.decisionCriteria());
        text(Key.decisionProcess, q.decisionProcess());
        text(Key.paperProcess, q.paperProcess());
        text(Key.identifiedPain, q.identifiedPain());
        text(Key.champion, q.champion());
        text(Key.competition, q.competition());
        g.writeEndObject();
    }

    void call(CallPlan c) {
        g.writeStartObject();
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
        g.writeEndObject();
    }

    private void contract(UpfrontContract c) {
        g.writeName(Key.contract.encoded());
        g.writeStartObject();
        text(Key.purpose, c.purpose());
        text(Key.theirAgenda, c.theirAgenda());
        text(Key.ourAgenda, c.ourAgenda());
        text(Key.time, c.time());
        text(Key.expectedOutcome, c.expectedOutcome());
        g.writeEndObject();
    }

    private void objective(Key field, Objective o) {
        g.writeName(field.encoded());
        g.writeStartObject();
        text(Key.text, o.text());
        text(Key.kind, o.kindOverride() == null ? null : o.kindOverride().name());
        text(Key.owner, o.owner());
        time(Key.due, o.due(), TimeText::formatDate);
        g.writeEndObject();
    }

    private void learned(LearnedPhrasing l) {
        g.writeStartObject();
        text(Key.phrasing, l.phrasing());
        text(Key.kind, l.kind() == null ? null : l.kind().name());
        text(Key.owner, l.owner());
        g.writeName(Key.buyerCommits.encoded());
        if (l.buyerCommits() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(l.buyerCommits());
        }
        g.writeEndObject();
    }

    private void progress(CallProgress p) {
        g.writeName(Key.progress.encoded());
        g.writeStartObject();
        flag(Key.stretchMet, p.stretchMet());
        flag(Key.conservativeMet, p.conservativeMet());
        text(Key.notes, p.notes());
        time(Key.startedAt, p.startedAt(), TimeText::format);
        g.writeEndObject();
    }

    private void outcome(CallOutcome o) {
        if (o == null) {
            g.writeName(Key.outcome.encoded());
            g.writeNull();
            return;
        }
        g.writeName(Key.outcome.encoded());
        g.writeStartObject();
        text(Key.type, o.type().name());
        flag(Key.stretchMet, o.stretchMet());
        flag(Key.conservativeMet, o.conservativeMet());
        text(Key.notes, o.notes());
        text(Key.stageAfterId, o.stageAfterId());
        nextStep(o.nextStep());
        time(Key.reviewedOn, o.reviewedOn(), TimeText::formatDate);
        g.writeEndObject();
    }

    private void nextStep(NextStep n) {
        if (n == null) {
            g.writeName(Key.nextStep.encoded());
            g.writeNull();
            return;
        }
        g.writeName(Key.nextStep.encoded());
        g.writeStartObject();
        text(Key.description, n.description());
        time(Key.date, n.date(), TimeText::formatDate);
        g.writeEndObject();
    }

    /** Text, or null written as null (the records wrote every field, null included). */
    private void text(Key name, String value) {
        g.writeName(name.encoded());
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /** Formats a value as ASCII that needs no escaping into a byte array; returns the position after it. */
    interface AsciiFormat<T> {
        /** Writes at most {@link TimeText#MAX_ASCII} bytes from {@code at}. */
        int write(T value, byte[] bytes, int at);
    }

    /**
     * A date, time or duration (null written as null), formatted into bytes that the generator
     * copies as they are: a {@code String} for each took a fifth of a save (docs/performance.md).
     */
    private <T> void time(Key name, T value, AsciiFormat<T> format) {
        g.writeName(name.encoded());
        if (value == null) {
            g.writeNull();
        } else {
            g.writeRawUTF8String(ascii, 0, format.write(value, ascii, 0));
        }
    }

    private void flag(Key name, boolean value) {
        g.writeName(name.encoded());
        g.writeBoolean(value);
    }

    private void texts(Key name, List<String> values) {
        g.writeName(name.encoded());
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
