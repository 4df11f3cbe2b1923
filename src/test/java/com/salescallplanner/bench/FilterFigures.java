package com.salescallplanner.bench;

/** Filtering the prospect list (after the window lands). */
final class FilterFigures {
    private FilterFigures() {
    }

    static Figure measure(Settings s, ChildJvm jvm, java.nio.file.Path data) {
        throw new UnsupportedOperationException("filter is measured once the prospect list is on main");
    }
}
