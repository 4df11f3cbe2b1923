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
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;

/**
 * <b>Test code only:</b> the planner written through Jackson's streaming generator, which issue 15
 * asked for and which decision 10 measured against the hand-written writer and did not adopt; kept
 * here so that {@link WriterComparison} ({@code mvn -B -Pbench -DskipTests verify -Dbench.args=writer})
 * can time both on the same store again.
 *
 * <p>Writes the document straight from the domain records: the fields of the {@code Json*} records,
 * in their order (the tests' {@code golden/*.json} pin the bytes), through Jackson's streaming
 * generator in the planner's layout ({@link PlannerLayout}), without first building a copy of
 * the whole planner in those records. Binding through them took about 8 times as long as writing
 * the bytes to disk (docs/performance.md, decision 10).
 */
final class JacksonDocument {
    private final JsonGenerator g;
    /** Where dates and times are formatted, as ASCII, before the generator copies them. */
    private final byte[] ascii = new byte[JsonBytes.MAX_ASCII];

    /** The field names with their quoted UTF-8 bytes prepared once: several million names a save. */
    private static final SerializableString[] NAMES = new SerializableString[Key.values().length];

    static {
        for (Key k : Key.values()) {
            NAMES[k.ordinal()] = new SerializedString(k.name());
        }
    }

    JacksonDocument(JsonGenerator g) {
        this.g = g;
    }

    /** As {@link PlannerJson#write(PlannerData, Instant, java.io.OutputStream, SavedTexts)}, through Jackson. */
    static void write(PlannerData data, Instant savedAt, java.io.OutputStream out, SavedTexts saved)
            throws IOException {
        try (JsonGenerator json = PlannerLayout.generator(out, 0)) {
            new JacksonDocument(json).document(data, savedAt, saved);
            json.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static SerializableString name(Key key) {
        return NAMES[key.ordinal()];
    }

    /** The whole document; the prospects and calls use and renew {@code saved} (see {@link SavedTexts}). */
    void document(PlannerData d, Instant savedAt, SavedTexts saved) throws IOException {
        g.writeStartObject();
        g.writeName(name(Key.schemaVersion));
        g.writeNumber(PlannerJson.CURRENT_VERSION);
        time(Key.savedAt, savedAt, TimeText::format);
        g.writeName(name(Key.stages));
        g.writeStartArray();
        for (Stage s : d.stages().stages()) {
            stage(s);
        }
        g.writeEndArray();
        g.writeName(name(Key.ladder));
        g.writeStartArray();
        for (LadderRung r : d.ladder().rungs()) {
            rung(r);
        }
        g.writeEndArray();
        SavedTexts.Texts last = saved.last();
        boolean keep = saved.worthKeeping();
        JacksonArray.Written prospects = array(Key.prospects, d.prospects(), last == null ? null : last.prospects(),
                keep, JacksonDocument::prospect);
        JacksonArray.Written calls = array(Key.calls, d.calls(), last == null ? null : last.calls(), keep,
                JacksonDocument::call);
        g.writeName(name(Key.learnedPhrasings));
        g.writeStartArray();
        for (LearnedPhrasing l : d.learned()) {
            learned(l);
        }
        g.writeEndArray();
        g.writeEndObject();
        saved.saved(keep ? new SavedTexts.Texts(prospects.texts(), calls.texts()) : null,
                prospects.bytes() + calls.bytes());
    }

    private <T> JacksonArray.Written array(Key name, List<T> values, WrittenArray last, boolean keep,
                                          JacksonArray.ValueWriter<T> each) throws IOException {
        g.writeName(name(name));
        g.writeStartArray();
        JacksonArray.Written written = JacksonArray.write(g, values, last, keep, each);
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
        g.writeName(name(Key.rank));
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
        g.writeName(name(Key.contacts));
        g.writeStartArray();
        for (Contact c : p.contacts()) {
            contact(c);
        }
        g.writeEndArray();
        text(Key.stageId, p.stageId());
        g.writeName(name(Key.stageHistory));
        g.writeStartArray();
        for (StageChange h : p.stageHistory()) {
            stageChange(h);
        }
        g.writeEndArray();
        qualification(p.qualification());
        text(Key.crmId, p.crmId());
        g.writeName(name(Key.amount));
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
        g.writeName(name(Key.qualification));
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
        g.writeName(name(Key.contract));
        g.writeStartObject();
        text(Key.purpose, c.purpose());
        text(Key.theirAgenda, c.theirAgenda());
        text(Key.ourAgenda, c.ourAgenda());
        text(Key.time, c.time());
        text(Key.expectedOutcome, c.expectedOutcome());
        g.writeEndObject();
    }

    private void objective(Key field, Objective o) {
        g.writeName(name(field));
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
        g.writeName(name(Key.buyerCommits));
        if (l.buyerCommits() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(l.buyerCommits());
        }
        g.writeEndObject();
    }

    private void progress(CallProgress p) {
        g.writeName(name(Key.progress));
        g.writeStartObject();
        flag(Key.stretchMet, p.stretchMet());
        flag(Key.conservativeMet, p.conservativeMet());
        text(Key.notes, p.notes());
        time(Key.startedAt, p.startedAt(), TimeText::format);
        g.writeEndObject();
    }

    private void outcome(CallOutcome o) {
        if (o == null) {
            g.writeName(name(Key.outcome));
            g.writeNull();
            return;
        }
        g.writeName(name(Key.outcome));
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
            g.writeName(name(Key.nextStep));
            g.writeNull();
            return;
        }
        g.writeName(name(Key.nextStep));
        g.writeStartObject();
        text(Key.description, n.description());
        time(Key.date, n.date(), TimeText::formatDate);
        g.writeEndObject();
    }

    /** Text, or null written as null (the records wrote every field, null included). */
    private void text(Key name, String value) {
        g.writeName(name(name));
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /** Formats a value as ASCII that needs no escaping into a byte array; returns the position after it. */
    interface AsciiFormat<T> {
        /** Writes at most {@link JsonBytes#MAX_ASCII} bytes from {@code at}. */
        int write(T value, byte[] bytes, int at);
    }

    /**
     * A date, time or duration (null written as null), formatted into bytes that the generator
     * copies as they are: a {@code String} for each took a fifth of a save (docs/performance.md).
     */
    private <T> void time(Key name, T value, AsciiFormat<T> format) {
        g.writeName(name(name));
        if (value == null) {
            g.writeNull();
        } else {
            g.writeRawUTF8String(ascii, 0, format.write(value, ascii, 0));
        }
    }

    private void flag(Key name, boolean value) {
        g.writeName(name(name));
        g.writeBoolean(value);
    }

    private void texts(Key name, List<String> values) {
        g.writeName(name(name));
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
