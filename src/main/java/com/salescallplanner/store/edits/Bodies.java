package com.salescallplanner.store.edits;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.store.format.FormatException;
import com.salescallplanner.store.format.RecordJson;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of each kind of record as the team database keeps it (the body column): a prospect or
 * a call exactly as in {@code planner.json}; a rep's settings as
 * {@code {"stages": [...], "ladder": [...], "learnedPhrasings": [...]}}.
 */
public final class Bodies {
    /**
     * For the trees of the team store's files and the journal: a number with a fraction reads as a big
     * decimal with its scale, not as a double, so a record taken from a tree (the local copy's
     * snapshot, a conflict merged field by field) keeps {@code 12345678901234567.89} and
     * {@code 125000.50} exactly, as the file's own reader does.
     */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Bodies() {
    }

    public static String prospect(Prospect p) {
        return RecordJson.prospect(p);
    }

    public static String call(CallPlan c) {
        return RecordJson.call(c);
    }

    /** The rep's settings: the stage model, the ladder and the learned phrasings. */
    public static String settings(PlannerData d) {
        return "{\"stages\":" + RecordJson.stages(d.stages()) + ",\"ladder\":" + RecordJson.ladder(d.ladder())
                + ",\"learnedPhrasings\":" + RecordJson.learnedPhrasings(d.learned()) + "}";
    }

    /**
     * The settings body as a planner with no prospects (its stage model, ladder and learned phrasings; a body
     * written before the phrasings were kept has none).
     */
    public static PlannerData settings(String body) throws FormatException {
        JsonNode tree = JSON.readTree(body);
        if (tree == null || !tree.isObject() || !tree.has("stages") || !tree.has("ladder")) {
            throw new FormatException("settings", "expected an object with stages and ladder.");
        }
        StageModel stages = RecordJson.stages(tree.get("stages").toString());
        CommitmentLadder ladder = RecordJson.ladder(tree.get("ladder").toString(), stages);
        List<LearnedPhrasing> learned = tree.has("learnedPhrasings")
                ? RecordJson.learnedPhrasings(tree.get("learnedPhrasings").toString()) : List.of();
        return PlannerData.of(stages, ladder, List.of(), List.of(), learned);
    }

    /** The data with one edit applied (for the journal's replay and for conflicts resolved). */
    public static PlannerData apply(PlannerData data, RecordKey key, String body) throws FormatException {
        switch (key.kind()) {
            case SETTINGS -> {
                if (body == null) {
                    return data;
                }
                PlannerData s = settings(body);
                return PlannerData.of(s.stages(), s.ladder(), data.prospects(), data.calls(), s.learned());
            }
            case PROSPECT -> {
                if (body == null) {
                    return data.withoutProspect(new ProspectId(key.id()));
                }
                return data.withProspect(RecordJson.prospect(body, data.stages()));
            }
            default -> {
                if (body == null) {
                    return data.withoutCall(new com.salescallplanner.domain.CallId(key.id()));
                }
                return data.withCall(RecordJson.call(body, data.stages(), prospectIds(data)));
            }
        }
    }

    /** The prospects' ids, as a view that asks the data's own index (no copy of 10,000 ids per call applied). */
    public static Set<ProspectId> prospectIds(PlannerData data) {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof ProspectId id && data.prospect(id).isPresent();
            }

            @Override
            public Iterator<ProspectId> iterator() {
                return data.prospects().stream().map(Prospect::id).iterator();
            }

            @Override
            public int size() {
                return data.prospects().size();
            }
        };
    }
}
