package com.salescallplanner.store.format;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.LadderRung;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The whole file, separate from the domain records so the format can stay stable while the
 * domain changes. Loading converts every field through the domain's own checks; a broken value
 * is reported with its path.
 *
 * @param savedAt when the file was written (informative; not part of the rep's data)
 */
@JsonPropertyOrder({"schemaVersion", "savedAt", "stages", "ladder", "prospects", "calls", "learnedPhrasings"})
record JsonDocument(Integer schemaVersion, String savedAt, List<JsonStage> stages, List<JsonRung> ladder,
                    List<JsonProspect> prospects, List<JsonCall> calls, List<JsonLearnedPhrasing> learnedPhrasings) {

    PlannerData toDomain() {
        FieldPath root = FieldPath.ROOT;
        FieldValues.optionalInstant(root.field("savedAt"), savedAt);
        List<Stage> stageList = FieldValues.list(root.field("stages"), stages, JsonStage::toDomain);
        StageModel model = FieldValues.domain(root.field("stages"), () -> new StageModel(stageList));
        Set<String> stageIds = new HashSet<>();
        stageList.forEach(s -> stageIds.add(s.id().value()));
        List<LadderRung> rungs = FieldValues.list(root.field("ladder"), ladder, (r, p) -> r.toDomain(p, stageIds));
        CommitmentLadder steps = FieldValues.domain(root.field("ladder"), () -> new CommitmentLadder(rungs));
        FieldValues.domain(root.field("ladder"), () -> {
            steps.checkAgainst(model);
            return steps;
        });
        int cores = Cores.available();
        List<Prospect> people = PieceConversion.list(root.field("prospects"), prospects, (p, at) -> p.toDomain(at, stageIds),
                cores);
        Set<ProspectId> prospectIds = unique(root.field("prospects"), people, Prospect::id, "Prospect id");
        List<CallPlan> plans = PieceConversion.list(root.field("calls"), calls,
                (c, at) -> c.toDomain(at, stageIds, prospectIds), cores);
        List<LearnedPhrasing> learned = learned(root.field("learnedPhrasings"));
        try {
            return PlannerData.of(model, steps, people, plans, learned);
        } catch (DomainException e) {
            // PlannerData.of checks the call ids (in one pass, where it builds its index); only
            // when it refuses is there a duplicate to find again and name both places of.
            unique(root.field("calls"), plans, CallPlan::id, "Call id");
            throw new InvalidValue(root, e.getMessage());
        }
    }

    /** The learned phrasings (none when the field is left out), each phrasing once. */
    private List<LearnedPhrasing> learned(FieldPath at) {
        List<LearnedPhrasing> list = FieldValues.optionalList(at, learnedPhrasings, JsonLearnedPhrasing::toDomain);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Integer first = seen.putIfAbsent(list.get(i).phrasing(), i);
            if (first != null) {
                throw new InvalidValue(at.index(i).field("phrasing"), "the phrasing '" + list.get(i).phrasing()
                        + "' is learned twice (also at " + at.index(first).field("phrasing") + ").");
            }
        }
        return list;
    }

    /** Names both places of a duplicate id, which PlannerData alone cannot. */
    private static <T, K> Set<K> unique(FieldPath at, List<T> items, Function<T, K> id, String label) {
        Map<K, Integer> seen = new HashMap<>(items.size() * 4 / 3 + 16);
        for (int i = 0; i < items.size(); i++) {
            Integer first = seen.putIfAbsent(id.apply(items.get(i)), i);
            if (first != null) {
                throw new InvalidValue(at.index(i).field("id"), label + " " + id.apply(items.get(i))
                        + " is used twice (also at " + at.index(first).field("id") + ").");
            }
        }
        return seen.keySet();
    }
}
