package com.salescallplanner.store.format;

/**
 * Where a value sits in the document, written the way a person reads it:
 * {@code prospects[3].contacts[0].name}. Immutable; each step returns a new path. The text is
 * only put together when asked for (an error message): loading a large file makes millions of
 * paths and reads almost none of them.
 */
final class FieldPath {
    static final FieldPath ROOT = new FieldPath(null, null, -1);

    private final FieldPath parent;
    /** The field name of this step, or null for an index step (and the root). */
    private final String name;
    private final int index;

    private FieldPath(FieldPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    FieldPath field(String fieldName) {
        return new FieldPath(this, fieldName, -1);
    }

    FieldPath index(int i) {
        return new FieldPath(this, null, i);
    }

    boolean isRoot() {
        return parent == null;
    }

    @Override
    public String toString() {
        return isRoot() ? "the top level" : append(new StringBuilder()).toString();
    }

    private StringBuilder append(StringBuilder sb) {
        if (isRoot()) {
            return sb;
        }
        parent.append(sb);
        if (name == null) {
            return sb.append('[').append(index).append(']');
        }
        return sb.append(sb.length() == 0 ? "" : ".").append(name);
    }
}
