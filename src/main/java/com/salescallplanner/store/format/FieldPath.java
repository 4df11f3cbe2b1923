package com.salescallplanner.store.format;

/**
 * Where a value sits in the document, written the way a person reads it:
 * {@code prospects[3].contacts[0].name}. Immutable; each step returns a new path.
 */
final class FieldPath {
    static final FieldPath ROOT = new FieldPath("");

    private final String text;

    private FieldPath(String text) {
        this.text = text;
    }

    FieldPath field(String name) {
        return new FieldPath(text.isEmpty() ? name : text + "." + name);
    }

    FieldPath index(int i) {
        return new FieldPath(text + "[" + i + "]");
    }

    boolean isRoot() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "the top level" : text;
    }
}
