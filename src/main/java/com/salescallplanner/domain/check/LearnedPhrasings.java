package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.DomainException;
import com.salescallplanner.domain.LearnedPhrasing;
import com.salescallplanner.domain.PlannerData;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Corrections a rep made to the reader, kept by phrasing and applied to the same phrasing next time:
 * "Dana runs the kit at her plant by Friday" corrected to an evaluation also reads "Marco runs the kit at
 * his plant next week" as one. A phrasing is the text's words in dictionary form, without dates, numbers,
 * articles or punctuation, with names as "&lt;name&gt;" ({@link #phrasing(String)}).
 * Immutable; each change returns a new value.
 */
public final class LearnedPhrasings {
    public static final LearnedPhrasings NONE = new LearnedPhrasings(Map.of());

    /**
     * One correction; null fields were not corrected.
     *
     * @param kind         the kind the rep chose
     * @param owner        the owner the rep named ("" for "nobody on the buyer's side"); applied to a new text
     *                     only when that text contains it, since another text of the phrasing may name another person
     * @param buyerCommits the rep's answer to "is this a buyer commitment?"
     */
    public record Correction(CommitmentKind kind, String owner, Boolean buyerCommits) {
        public Correction {
            if (kind == null && owner == null && buyerCommits == null) {
                throw new DomainException("A correction must correct the kind, the owner or whether the buyer commits.");
            }
            if (kind != null && buyerCommits != null && (kind == CommitmentKind.NONE) == buyerCommits) {
                throw new DomainException("A correction cannot say the buyer " + (buyerCommits ? "commits" : "does not commit")
                        + " and choose the kind " + kind + ".");
            }
            owner = owner == null ? null : owner.strip();
        }
    }

    private final Map<String, Correction> byPhrasing;

    private LearnedPhrasings(Map<String, Correction> byPhrasing) {
        this.byPhrasing = byPhrasing;
    }

    /** Rebuilds a value from stored phrasings (as {@link #entries()} returned them). */
    public static LearnedPhrasings of(Map<String, Correction> entries) {
        Map<String, Correction> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "phrasing"), Objects.requireNonNull(v, "correction")));
        return new LearnedPhrasings(Collections.unmodifiableMap(copy));
    }

    /** The rep's learned phrasings as the planner data keeps them ({@link PlannerData#learned()}). */
    public static LearnedPhrasings of(List<LearnedPhrasing> learned) {
        if (learned.isEmpty()) {
            return NONE;
        }
        Map<String, Correction> m = new LinkedHashMap<>();
        learned.forEach(l -> m.put(l.phrasing(), new Correction(l.kind(), l.owner(), l.buyerCommits())));
        return of(m);
    }

    /** The phrasing of {@code text}: the key corrections are kept under. */
    public static String phrasing(String text) {
        return text == null || text.isBlank() ? "" : Sentences.phrasing(Sentences.of(text, WordTagger.NONE)
                .withDatesFound());
    }

    /** This value with {@code correction} learned for the phrasing of {@code text} (replacing an earlier one). */
    public LearnedPhrasings learn(String text, Correction correction) {
        String key = phrasing(text);
        if (key.isEmpty()) {
            throw new DomainException("There is nothing to learn from an empty objective.");
        }
        Map<String, Correction> copy = new LinkedHashMap<>(byPhrasing);
        copy.put(key, Objects.requireNonNull(correction, "correction"));
        return new LearnedPhrasings(Collections.unmodifiableMap(copy));
    }

    /** This value without the phrasing {@code phrasing} (as listed by {@link #entries()}). */
    public LearnedPhrasings forget(String phrasing) {
        if (!byPhrasing.containsKey(phrasing)) {
            return this;
        }
        Map<String, Correction> copy = new LinkedHashMap<>(byPhrasing);
        copy.remove(phrasing);
        return new LearnedPhrasings(Collections.unmodifiableMap(copy));
    }

    /** Every learned phrasing and its correction, in the order they were learned. */
    public Map<String, Correction> entries() {
        return byPhrasing;
    }

    public boolean isEmpty() {
        return byPhrasing.isEmpty();
    }

    /** The reading {@code r} of sentence {@code x} with the correction of its phrasing applied, if there is one. */
    Reading apply(String phrasing, Sentence x, Reading r) {
        Correction c = byPhrasing.get(phrasing);
        if (c == null) {
            return r;
        }
        CommitmentKind kind = c.kind() != null ? c.kind() : Boolean.FALSE.equals(c.buyerCommits()) ? CommitmentKind.NONE
                : r.kind();
        boolean advance = kind != CommitmentKind.NONE;
        String owner = r.owner();
        if (c.owner() != null && (c.owner().isEmpty() || x.text.toLowerCase(Locale.ROOT)
                .contains(c.owner().toLowerCase(Locale.ROOT)))) {
            owner = c.owner().isEmpty() ? null : c.owner();
        }
        if (!advance) {
            owner = null;
        }
        Understanding u = r.understanding().withLearned(kind, owner);
        if (Boolean.TRUE.equals(c.buyerCommits()) && !advance) {
            u = new Understanding(u.actor(), u.action(), u.owner(), u.kind(), u.datePhrase(), u.negated(), u.question(),
                    u.hedged(), u.reported(), u.passive(), "you said the buyer commits here: which commitment is it?",
                    true);
        }
        return new Reading(kind, advance, owner, r.due(), u);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearnedPhrasings l && l.byPhrasing.equals(byPhrasing);
    }

    @Override
    public int hashCode() {
        return byPhrasing.hashCode();
    }

    @Override
    public String toString() {
        return "LearnedPhrasings" + byPhrasing;
    }
}
