package com.salescallplanner.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the rep keeps: the stage model, the ladder, prospects and their calls. Immutable:
 * every edit returns a new value, which makes undo a matter of keeping the old one. The
 * look-up indexes are built on first use and shared between versions where they still hold.
 */
public final class PlannerData {
    private final StageModel stages;
    private final CommitmentLadder ladder;
    private final List<Prospect> prospects;
    private final List<CallPlan> calls;
    private final List<LearnedPhrasing> learned;
    private volatile Map<ProspectId, Integer> prospectIndex;
    private volatile Map<CallId, Integer> callIndex;
    private volatile Map<ProspectId, List<CallPlan>> callsByProspect;

    private PlannerData(StageModel stages, CommitmentLadder ladder, List<Prospect> prospects,
                        List<CallPlan> calls, List<LearnedPhrasing> learned, Map<ProspectId, Integer> prospectIndex,
                        Map<CallId, Integer> callIndex) {
        this.stages = stages;
        this.ladder = ladder;
        this.prospects = prospects;
        this.calls = calls;
        this.learned = learned;
        this.prospectIndex = prospectIndex;
        this.callIndex = callIndex;
    }

    /** Checks every cross-reference: unique ids, known stages, calls of known prospects. */
    public static PlannerData of(StageModel stages, CommitmentLadder ladder, List<Prospect> prospects,
                                 List<CallPlan> calls) {
        return of(stages, ladder, prospects, calls, List.of());
    }

    /** {@link #of(StageModel, CommitmentLadder, List, List)} with the rep's learned phrasings (each phrasing once). */
    public static PlannerData of(StageModel stages, CommitmentLadder ladder, List<Prospect> prospects,
                                 List<CallPlan> calls, List<LearnedPhrasing> learned) {
        FieldRules.required(stages, "Stage model");
        FieldRules.required(ladder, "Commitment ladder");
        ladder.checkAgainst(stages);
        PlannerData d = new PlannerData(stages, ladder, RecordList.of(FieldRules.list(prospects, "Prospects")),
                RecordList.of(FieldRules.list(calls, "Calls")), uniquePhrasings(FieldRules.list(learned, "Learned phrasings")), null, null);
        Map<ProspectId, Integer> pIndex = new HashMap<>(capacity(d.prospects.size()));
        for (int i = 0; i < d.prospects.size(); i++) {
            Prospect p = d.prospects.get(i);
            if (pIndex.put(p.id(), i) != null) {
                throw new DomainException("Prospect id " + p.id() + " is used twice.");
            }
            d.checkStages(p);
        }
        Map<CallId, Integer> cIndex = new HashMap<>(capacity(d.calls.size()));
        for (int i = 0; i < d.calls.size(); i++) {
            CallPlan c = d.calls.get(i);
            if (cIndex.put(c.id(), i) != null) {
                throw new DomainException("Call id " + c.id() + " is used twice.");
            }
            if (!pIndex.containsKey(c.prospectId())) {
                throw new DomainException("Call " + c.id() + " belongs to an unknown prospect " + c.prospectId() + ".");
            }
            d.checkStages(c);
        }
        d.prospectIndex = pIndex;
        d.callIndex = cIndex;
        return d;
    }

    public static PlannerData empty() {
        return of(StageModel.defaults(), CommitmentLadder.defaults(), List.of(), List.of());
    }

    public StageModel stages() {
        return stages;
    }

    public CommitmentLadder ladder() {
        return ladder;
    }

    public List<Prospect> prospects() {
        return prospects;
    }

    public List<CallPlan> calls() {
        return calls;
    }

    /** The rep's corrections to the checker's reading, in the order they were learned. */
    public List<LearnedPhrasing> learned() {
        return learned;
    }

    /** Learns a phrasing, replacing an earlier correction of the same phrasing (in its place). */
    public PlannerData withLearned(LearnedPhrasing phrasing) {
        List<LearnedPhrasing> copy = new ArrayList<>(learned);
        int i = indexOfPhrasing(phrasing.phrasing());
        if (i < 0) {
            copy.add(phrasing);
        } else {
            copy.set(i, phrasing);
        }
        return withLearnedList(List.copyOf(copy));
    }

    /** Forgets the correction of {@code phrasing}; the same data when there is none. */
    public PlannerData withoutLearned(String phrasing) {
        int i = indexOfPhrasing(phrasing);
        if (i < 0) {
            return this;
        }
        List<LearnedPhrasing> copy = new ArrayList<>(learned);
        copy.remove(i);
        return withLearnedList(List.copyOf(copy));
    }

    private PlannerData withLearnedList(List<LearnedPhrasing> list) {
        return keepCallsIndex(new PlannerData(stages, ladder, prospects, calls, list, prospectIndex, callIndex));
    }

    private int indexOfPhrasing(String phrasing) {
        for (int i = 0; i < learned.size(); i++) {
            if (learned.get(i).phrasing().equals(phrasing)) {
                return i;
            }
        }
        return -1;
    }

    private static List<LearnedPhrasing> uniquePhrasings(List<LearnedPhrasing> list) {
        Set<String> seen = new HashSet<>();
        for (LearnedPhrasing l : list) {
            if (!seen.add(l.phrasing())) {
                throw new DomainException("The phrasing '" + l.phrasing() + "' is learned twice.");
            }
        }
        return list;
    }

    public boolean isEmpty() {
        return prospects.isEmpty() && calls.isEmpty();
    }

    public Optional<Prospect> prospect(ProspectId id) {
        Integer i = prospectIndex().get(id);
        return i == null ? Optional.empty() : Optional.of(prospects.get(i));
    }

    public Optional<CallPlan> call(CallId id) {
        Integer i = callIndex().get(id);
        return i == null ? Optional.empty() : Optional.of(calls.get(i));
    }

    /** The prospect's calls, earliest first. */
    public List<CallPlan> callsOf(ProspectId id) {
        return callsByProspect().getOrDefault(id, List.of());
    }

    /**
     * Makes now the look-ups that {@link #callsOf} and the look-ups by id otherwise make on first
     * use, and returns this data: for data read on one thread and shown on another, whose first
     * look-ups then find them made (the prospect list's first rows asked {@link #callsOf} for the
     * first time on the JavaFX thread: about 90 ms for 100,000 calls, docs/performance.md).
     */
    public PlannerData withLookupsMade() {
        prospectIndex();
        callIndex();
        callsByProspect();
        return this;
    }

    private Map<ProspectId, List<CallPlan>> callsByProspect() {
        Map<ProspectId, List<CallPlan>> m = callsByProspect;
        if (m == null) {
            m = new HashMap<>();
            for (CallPlan c : calls) {
                m.computeIfAbsent(c.prospectId(), k -> new ArrayList<>()).add(c);
            }
            m.values().forEach(l -> l.sort(Comparator.comparing(CallPlan::start)));
            m.replaceAll((k, v) -> List.copyOf(v));
            callsByProspect = m;
        }
        return m;
    }

    /**
     * The only index at which a list of prospects or calls of this data may hold another record than
     * {@code before}, when it was made from {@code before} by {@link #withProspect} or {@link #withCall}
     * replacing one; -1 when that is not known. Lets a save find the one record an edit changed without
     * walking 100,000 calls (docs/performance.md).
     */
    public static int replacedAt(List<?> before, List<?> after) {
        return RecordList.replacedAt(before, after);
    }

    /** Adds the prospect, or replaces the one with the same id. */
    public PlannerData withProspect(Prospect p) {
        checkStages(p);
        Integer i = prospectIndex().get(p.id());
        if (i == null) {
            return new PlannerData(stages, ladder, RecordList.appended(prospects, p), calls, learned, null, callIndex);
        }
        return keepCallsIndex(new PlannerData(stages, ladder, RecordList.replaced(prospects, i, p), calls, learned,
                prospectIndex, callIndex));
    }

    /**
     * Adds or replaces many prospects in one step: each replaces the one with its id, or is
     * added after the others in the given order (a later one with the same id wins). One copy of
     * the list for all of them, where {@link #withProspect} copies it for each: an import of
     * 100,000 rows is linear, not quadratic.
     */
    public PlannerData withProspects(Collection<Prospect> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        Map<ProspectId, Integer> index = prospectIndex();
        Map<ProspectId, Prospect> replaced = new HashMap<>(capacity(changed.size()));
        Map<ProspectId, Prospect> added = new LinkedHashMap<>();
        for (Prospect p : changed) {
            checkStages(p);
            (index.containsKey(p.id()) ? replaced : added).put(p.id(), p);
        }
        List<Prospect> copy = new ArrayList<>(prospects.size() + added.size());
        for (Prospect p : prospects) {
            copy.add(replaced.getOrDefault(p.id(), p));
        }
        copy.addAll(added.values());
        PlannerData d = new PlannerData(stages, ladder, List.copyOf(copy), calls, learned,
                added.isEmpty() ? index : null, callIndex);
        return keepCallsIndex(d); // no call changed hands: new prospects have none yet
    }

    /** Removes the prospect and its calls. */
    public PlannerData withoutProspect(ProspectId id) {
        if (prospect(id).isEmpty()) {
            return this;
        }
        return new PlannerData(stages, ladder, prospects.stream().filter(p -> !p.id().equals(id)).toList(),
                calls.stream().filter(c -> !c.prospectId().equals(id)).toList(), learned, null, null);
    }

    /** Adds the call, or replaces the one with the same id. */
    public PlannerData withCall(CallPlan c) {
        if (prospect(c.prospectId()).isEmpty()) {
            throw new DomainException("Call " + c.id() + " belongs to an unknown prospect " + c.prospectId() + ".");
        }
        checkStages(c);
        Integer i = callIndex().get(c.id());
        if (i == null) {
            return new PlannerData(stages, ladder, prospects, RecordList.appended(calls, c), learned, prospectIndex, null);
        }
        return new PlannerData(stages, ladder, prospects, RecordList.replaced(calls, i, c), learned, prospectIndex,
                callIndex);
    }

    public PlannerData withoutCall(CallId id) {
        if (call(id).isEmpty()) {
            return this;
        }
        return new PlannerData(stages, ladder, prospects, calls.stream().filter(c -> !c.id().equals(id)).toList(),
                learned, prospectIndex, null);
    }

    /** Replaces the stage model; every stage still in use must remain. */
    public PlannerData withStages(StageModel newStages) {
        return of(newStages, ladder, prospects, calls, learned);
    }

    public PlannerData withLadder(CommitmentLadder newLadder) {
        newLadder.checkAgainst(stages);
        return new PlannerData(stages, newLadder, prospects, calls, learned, prospectIndex, callIndex);
    }

    private PlannerData keepCallsIndex(PlannerData d) {
        d.callsByProspect = callsByProspect;
        return d;
    }

    private void checkStages(Prospect p) {
        requireStage(p.stageId(), p.company());
        p.stageHistory().forEach(h -> requireStage(h.stageId(), p.company()));
    }

    private void checkStages(CallPlan c) {
        requireStage(c.stageIdAtPlanning(), "call " + c.id());
        if (c.outcome() != null) {
            requireStage(c.outcome().stageAfterId(), "call " + c.id());
        }
    }

    private void requireStage(StageId id, String where) {
        if (stages.find(id).isEmpty()) {
            throw new DomainException("Stage '" + id + "' of " + where + " is not in the stage model.");
        }
    }

    private Map<ProspectId, Integer> prospectIndex() {
        Map<ProspectId, Integer> m = prospectIndex;
        if (m == null) {
            m = index(prospects, Prospect::id);
            prospectIndex = m;
        }
        return m;
    }

    private Map<CallId, Integer> callIndex() {
        Map<CallId, Integer> m = callIndex;
        if (m == null) {
            m = index(calls, CallPlan::id);
            callIndex = m;
        }
        return m;
    }

    private static <T, K> Map<K, Integer> index(List<T> list, Function<T, K> key) {
        Map<K, Integer> m = new HashMap<>(capacity(list.size()));
        for (int i = 0; i < list.size(); i++) {
            m.put(key.apply(list.get(i)), i);
        }
        return m;
    }

    /** A HashMap capacity that holds n entries without growing (load factor 0.75). */
    private static int capacity(int n) {
        return (int) Math.min(Integer.MAX_VALUE, n * 4L / 3 + 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannerData d && stages.equals(d.stages) && ladder.equals(d.ladder)
                && prospects.equals(d.prospects) && calls.equals(d.calls) && learned.equals(d.learned);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(stages, ladder, prospects, calls, learned);
    }

    @Override
    public String toString() {
        return "PlannerData[" + prospects.size() + " prospects, " + calls.size() + " calls]";
    }
}
