package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageModel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;

/**
 * One record of the planner as JSON text, in the same shape as in {@code planner.json}: for
 * stores that keep records one by one (a journal line, the team database's rows). Written by
 * planner.json's own writer on one line, the bytes Jackson writes without a pretty printer; read
 * with every field checked as loading the file does.
 */
public final class RecordJson {
    private static final TypeReference<List<JsonStage>> STAGES = new TypeReference<>() { };
    private static final TypeReference<List<JsonRung>> RUNGS = new TypeReference<>() { };
    private static final TypeReference<List<JsonLearnedPhrasing>> LEARNED = new TypeReference<>() { };
    // Read from UTF-8 bytes, as planner.json is: the parser a load has already run (and the JIT
    // compiled), not a second one for text; readers made once, as Jackson advises.
    private static final ObjectReader PROSPECT = Mappers.STRICT.readerFor(JsonProspect.class);
    private static final ObjectReader CALL = Mappers.STRICT.readerFor(JsonCall.class);

    private RecordJson() {
    }

    public static String prospect(Prospect p) {
        return compact(w -> w.prospect(p));
    }

    public static String call(CallPlan c) {
        return compact(w -> w.call(c));
    }

    private interface Writing {
        void to(DocumentWriter w) throws IOException;
    }

    /** Written as planner.json's writer writes the record, on one line (an edit's journal line holds it). */
    private static String compact(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        JsonBytes json = JsonBytes.compact(out);
        try {
            writing.to(new DocumentWriter(json));
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String stages(StageModel m) {
        return compact(w -> w.stages(m.stages()));
    }

    public static String ladder(CommitmentLadder l) {
        return compact(w -> w.rungs(l.rungs()));
    }

    /** The rep's learned phrasings, as the {@code learnedPhrasings} array of planner.json. */
    public static String learnedPhrasings(List<LearnedPhrasing> learned) {
        return compact(w -> w.learned(learned));
    }

    /** Reads a {@code learnedPhrasings} array, checking every entry (and each phrasing once) as loading the file does. */
    public static List<LearnedPhrasing> learnedPhrasings(String json) throws FormatException {
        try {
            List<JsonLearnedPhrasing> list = Mappers.STRICT.readValue(json, LEARNED);
            FieldPath at = FieldPath.ROOT.field("learnedPhrasings");
            List<LearnedPhrasing> learned = FieldValues.list(at, list, JsonLearnedPhrasing::toDomain);
            FieldValues.domain(at, () -> PlannerData.of(StageModel.defaults(), CommitmentLadder.defaults(), List.of(),
                    List.of(), learned));
            return learned;
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (InvalidValue e) {
            throw new FormatException(e.at, e.getMessage());
        }
    }

    public static Prospect prospect(String json, StageModel stages) throws FormatException {
        try {
            JsonProspect p = PROSPECT.readValue(json.getBytes(StandardCharsets.UTF_8));
            return p.toDomain(FieldPath.ROOT.field("prospect"), ids(stages));
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (InvalidValue e) {
            throw new FormatException(e.at, e.getMessage());
        }
    }

    /** @param prospectIds the prospects the call may belong to */
    public static CallPlan call(String json, StageModel stages, Set<ProspectId> prospectIds) throws FormatException {
        try {
            JsonCall c = CALL.readValue(json.getBytes(StandardCharsets.UTF_8));
            return c.toDomain(FieldPath.ROOT.field("call"), ids(stages), prospectIds);
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (InvalidValue e) {
            throw new FormatException(e.at, e.getMessage());
        }
    }

    public static StageModel stages(String json) throws FormatException {
        try {
            List<JsonStage> list = Mappers.STRICT.readValue(json, STAGES);
            FieldPath at = FieldPath.ROOT.field("stages");
            List<Stage> stages = FieldValues.list(at, list, JsonStage::toDomain);
            return FieldValues.domain(at, () -> new StageModel(stages));
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (InvalidValue e) {
            throw new FormatException(e.at, e.getMessage());
        }
    }

    public static CommitmentLadder ladder(String json, StageModel stages) throws FormatException {
        try {
            List<JsonRung> list = Mappers.STRICT.readValue(json, RUNGS);
            FieldPath at = FieldPath.ROOT.field("ladder");
            Set<String> ids = ids(stages);
            List<LadderRung> rungs = FieldValues.list(at, list, (r, p) -> r.toDomain(p, ids));
            CommitmentLadder ladder = FieldValues.domain(at, () -> new CommitmentLadder(rungs));
            FieldValues.domain(at, () -> {
                ladder.checkAgainst(stages);
                return ladder;
            });
            return ladder;
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (InvalidValue e) {
            throw new FormatException(e.at, e.getMessage());
        }
    }

    private static Set<String> ids(StageModel stages) {
        Set<String> ids = new HashSet<>();
        stages.stages().forEach(s -> ids.add(s.id().value()));
        return ids;
    }
}
