package com.salescallplanner.domain;

/**
 * A correction the rep made to how the checker reads an objective, kept under the objective's
 * phrasing (its words in dictionary form, without dates, numbers and names; the checker makes it) so
 * the same phrasing reads the rep's way in every later plan. Part of the rep's data: saved, undoable,
 * listed in Settings. A null field was not corrected.
 *
 * @param phrasing     the key: the phrasing of the objective the rep corrected
 * @param kind         the commitment kind the rep chose ({@link CommitmentKind#NONE}: no buyer commitment)
 * @param owner        the buyer-side owner the rep named; "" for "nobody on the buyer's side"
 * @param buyerCommits the rep's answer to "is this a buyer commitment?"
 */
public record LearnedPhrasing(String phrasing, CommitmentKind kind, String owner, Boolean buyerCommits) {
    /** Longest phrasing kept: an objective's words, well past any objective a rep writes. */
    public static final int MAX_PHRASING = 1_000;

    public LearnedPhrasing {
        phrasing = FieldRules.name(FieldRules.text(phrasing, "The phrasing", MAX_PHRASING), "The phrasing");
        if (kind == null && owner == null && buyerCommits == null) {
            throw new DomainException("A learned phrasing must correct the kind, the owner or whether the buyer "
                    + "commits.");
        }
        if (kind != null && buyerCommits != null && (kind == CommitmentKind.NONE) == buyerCommits) {
            throw new DomainException("A learned phrasing cannot say the buyer " + (buyerCommits ? "commits" : "does not commit")
                    + " and have the kind " + kind + ".");
        }
        owner = owner == null ? null : FieldRules.text(owner, "The owner of a learned phrasing", FieldRules.MAX_NAME).strip();
    }

    /** What the correction says, for the rep: "kind Evaluate, owner CFO, a buyer commitment". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (kind != null) {
            sb.append(kind == CommitmentKind.NONE ? "no buyer commitment" : "kind " + kind.displayName());
        }
        if (owner != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(owner.isEmpty() ? "no owner on the buyer's side" : "owner " + owner);
        }
        if (buyerCommits != null && kind == null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(buyerCommits ? "a buyer commitment" : "no buyer commitment");
        }
        return sb.toString();
    }
}
