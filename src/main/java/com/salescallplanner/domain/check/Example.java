package com.salescallplanner.domain.check;

import com.salescallplanner.domain.CommitmentKind;

/** An example objective from the ladder, with the kind it illustrates. */
public record Example(CommitmentKind kind, String label, String text) {
}
