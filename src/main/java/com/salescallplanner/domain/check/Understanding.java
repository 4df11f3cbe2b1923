package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;

/**
 * What the reader understood of an objective, for the rep to see and correct: who acts, the action, the
 * owner, the kind and the date phrase, what it noticed about the sentence, and whether it is sure.
 *
 * @param actor      who does the action: the buyer's side, the seller's side (the rep, "we", "our SE"), or unknown
 * @param action     the action as a dictionary word ("send", "sign off", "introduce"); "" when the text has no verb
 * @param owner      the buyer-side owner, or null
 * @param datePhrase the words that give the date, or null
 * @param negated    the action is negated or refused ("won't", "no pilot", "declines")
 * @param question   the text is a question ("is their team happy with the trial?")
 * @param hedged     the text aims for the action rather than stating it ("try to get ...", "might join")
 * @param reported   an opinion or a report ("says the demo went well", "pilot still running")
 * @param passive    the action is in the passive voice ("quote emailed to purchasing")
 * @param doubt      why the reader is unsure (e.g. "'patches' is a verb I do not know"), or null when it is sure
 * @param learned    the reading comes from a correction the rep made to the same phrasing
 */
public record Understanding(Side actor, String action, String owner, CommitmentKind kind, String datePhrase,
                            boolean negated, boolean question, boolean hedged, boolean reported, boolean passive,
                            String doubt, boolean learned) {

    /** Whose action it is. */
    public enum Side { BUYER, SELLER, UNKNOWN }

    public static final Understanding NOTHING = new Understanding(Side.UNKNOWN, "", null, CommitmentKind.NONE, null,
            false, false, false, false, false, null, false);

    public boolean sure() {
        return doubt == null;
    }

    /** One sentence for the rep: "I read the owner as ?, the action as 'send', done by the seller." */
    public String describe() {
        StringBuilder sb = new StringBuilder("I read the owner as ").append(owner == null ? "?" : owner)
                .append(", the action as '").append(action.isEmpty() ? "?" : action).append("'");
        sb.append(switch (actor) {
            case BUYER -> ", done by the buyer";
            case SELLER -> ", done by you (the seller)";
            case UNKNOWN -> ", done by someone I cannot tell";
        });
        if (negated) {
            sb.append(", negated");
        }
        if (question) {
            sb.append(", as a question");
        }
        if (reported) {
            sb.append(", as a report or opinion");
        }
        if (hedged) {
            sb.append(", as something aimed for");
        }
        if (datePhrase != null) {
            sb.append(", due '").append(datePhrase).append("'");
        }
        return sb.append('.').toString();
    }

    Understanding withLearned(CommitmentKind newKind, String newOwner) {
        return new Understanding(actor, action, newOwner, newKind, datePhrase, negated, question, hedged, reported,
                passive, null, true);
    }
}
