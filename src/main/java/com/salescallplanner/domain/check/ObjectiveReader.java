package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.CommitmentLadder;
import com.salescallplanner.domain.check.People.Person;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a rep's free-text objective: the commitment kind, whether the buyer (not the seller) commits
 * to an action, who on the buyer's side owns it, the date that bounds it, and how sure the reading is.
 *
 * <p>The reader understands the sentence rather than matching a list: it tokenises (expanding shorthand
 * and correcting misspellings), finds dates, splits the text into clauses, and reads in each the subject,
 * the action (every form and synonym of a verb is one action), negation, hedges, reports, questions and
 * the passive voice; keywords then say which rung the buyer's action is on. A {@link WordTagger} may tell
 * it the part of speech of words it does not know. Kinds are ranked with the ladder passed in. Corrections
 * the rep made ({@link LearnedPhrasings}) win over the reading of the same phrasing.
 */
public final class ObjectiveReader {
    private final CommitmentLadder ladder;
    private final WordTagger tagger;
    private final LearnedPhrasings learned;

    public ObjectiveReader(CommitmentLadder ladder) {
        this(ladder, WordTagger.NONE, LearnedPhrasings.NONE);
    }

    public ObjectiveReader(CommitmentLadder ladder, WordTagger tagger, LearnedPhrasings learned) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.learned = Objects.requireNonNull(learned, "learned");
    }

    /** A reader like this one that applies {@code phrasings}. */
    public ObjectiveReader withLearned(LearnedPhrasings phrasings) {
        return new ObjectiveReader(ladder, tagger, phrasings);
    }

    /** Reads {@code text}; relative dates ("next Tuesday") resolve against {@code today}. */
    public Reading read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Reading.EMPTY;
        }
        Sentence x = Sentences.of(text, tagger);
        Reading r = SideNotes.headedNote(x) ? Reading.EMPTY : read(x, today);
        return learned.isEmpty() ? r : learned.apply(Sentences.phrasing(x), x, r);
    }

    private Reading read(Sentence x, LocalDate today) {
        DateMention due = DateReader.read(x.text, x.t, x.lemmas, today, x.covered);
        boolean question = Questions.isQuestion(x);
        if (due != null && Questions.meansCurrently(x, due, question)) {
            due = null;
        }
        ClauseReader reader = new ClauseReader(x, ladder);
        CommitmentKind kind = CommitmentKind.NONE;
        Clause main = null;
        Clause first = null;
        Clause previous = null;
        Person owner = null;
        for (int[] range : reader.clauses().split()) {
            Clause c = reader.read(range[0], range[1], previous);
            previous = c;
            first = first == null ? c : first;
            if (c.buyerAction() && !question && ladder.rank(c.kind()) > ladder.rank(kind)) {
                kind = c.kind();
                main = c;
            }
            if (c.buyerAction() && !question && owner == null) {
                owner = c.owner();
            }
        }
        boolean advance = main != null;
        if (advance && owner == null && (main.actor() == ClauseReader.Actor.NOMINAL
                || main.actor() == ClauseReader.Actor.THING)) {
            owner = reader.ownerAfter(0, x.size(), kind);
        }
        Clause shown = main != null ? main : first;
        if (owner != null && owner.to() - owner.from() == 1 && WordClasses.BUYER_PRONOUNS.contains(x.low(owner.from()))) {
            owner = null; // "they agree to a call": a trainer wants a person or a role, not a pronoun
        }
        String ownerText = advance && owner != null ? Sentences.owner(x, owner) : null;
        Understanding u = understanding(x, shown, advance ? kind : CommitmentKind.NONE, ownerText, due, question);
        return new Reading(kind, advance, ownerText, due, u);
    }

    private static Understanding understanding(Sentence x, Clause c, CommitmentKind kind, String owner, DateMention due,
                                               boolean question) {
        if (c == null) {
            return Understanding.NOTHING;
        }
        Understanding.Side side = switch (c.actor()) {
            case BUYER -> Understanding.Side.BUYER;
            case SELLER, IMPERATIVE -> Understanding.Side.SELLER;
            default -> c.buyerAction() ? Understanding.Side.BUYER : Understanding.Side.UNKNOWN;
        };
        return new Understanding(side, c.action(), owner, kind, due == null ? null : due.phrase(),
                c.has(ClauseFlags.NEGATED), question, c.has(ClauseFlags.HEDGED),
                c.has(ClauseFlags.REPORTED) || c.has(ClauseFlags.VAGUE), c.has(ClauseFlags.PASSIVE),
                Doubts.of(x, c, question), false);
    }
}
