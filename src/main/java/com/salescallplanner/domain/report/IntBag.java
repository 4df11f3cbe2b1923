package com.salescallplanner.domain.report;

import java.util.Arrays;

/** A growable list of ints for averages and medians without boxing 50,000 values. */
final class IntBag {
    private int[] values = new int[16];
    private int size;
    private long sum;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        sum += value;
    }

    int size() {
        return size;
    }

    double average() {
        return size == 0 ? 0 : (double) sum / size;
    }

    /** The middle value, or the mean of the two middle values; sorts the bag. */
    double median() {
        if (size == 0) {
            return 0;
        }
        Arrays.sort(values, 0, size);
        int mid = size / 2;
        return size % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
