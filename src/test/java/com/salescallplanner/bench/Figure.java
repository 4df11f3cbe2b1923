package com.salescallplanner.bench;

import java.util.Locale;

/**
 * One line of the report: a measured subject and its floor from the same run, each a median,
 * and whether the target is met. A target is either a ratio to the floor or an absolute limit.
 *
 * @param limit    the target (a ratio, or a figure in {@code unit}); NaN when there is none
 * @param absolute the limit is a figure in {@code unit} rather than a ratio to the floor
 */
record Figure(String name, String subject, String floor, String unit, Samples samples, double limit,
              boolean absolute) {
    double ratio() {
        return samples.subjectMedian() / samples.floorMedian();
    }

    String target() {
        if (Double.isNaN(limit)) {
            return "-";
        }
        return absolute ? "< " + Stats.format(limit) + " " + unit : "<= " + Stats.format(limit) + "x";
    }

    String verdict() {
        if (Double.isNaN(limit)) {
            return "-";
        }
        double value = absolute ? samples.subjectMedian() : ratio();
        boolean met = absolute ? value < limit : value <= limit;
        return met ? "met" : "MISSED";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %s %s | %s %s | %sx | %s | %s |", name,
                Stats.format(samples.subjectMedian()), unit, Stats.format(samples.floorMedian()), unit,
                Stats.format(ratio()), target(), verdict());
    }

    String detail() {
        return "- " + name + ": " + subject + " [" + Stats.list(samples.subject()) + "] " + unit + "; floor: " + floor
                + " [" + Stats.list(samples.floor()) + "] " + unit;
    }
}
