package com.salescallplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Timed runs of a subject and of its floor, taken in turns (floor, subject, floor, subject...)
 * so that both see the same machine load. A child benchmark prints them as one line that
 * {@link ChildJvm} reads back: {@code SAMPLES name floor=1.0,1.1 subject=2.0,2.1}.
 */
record Samples(String name, List<Double> floor, List<Double> subject) {
    static final String PREFIX = "SAMPLES ";

    Samples {
        floor = List.copyOf(floor);
        subject = List.copyOf(subject);
    }

    double floorMedian() {
        return Stats.median(floor);
    }

    double subjectMedian() {
        return Stats.median(subject);
    }

    String line() {
        return PREFIX + name + " floor=" + join(floor) + " subject=" + join(subject);
    }

    static Samples parse(String line) {
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        return new Samples(parts[0], values(parts[1], "floor="), values(parts[2], "subject="));
    }

    private static List<Double> values(String part, String key) {
        List<Double> out = new ArrayList<>();
        String v = part.substring(key.length());
        if (!v.isEmpty()) {
            for (String s : v.split(",")) {
                out.add(Double.parseDouble(s));
            }
        }
        return out;
    }

    private static String join(List<Double> values) {
        StringBuilder sb = new StringBuilder();
        for (double d : values) {
            sb.append(sb.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", d));
        }
        return sb.toString();
    }
}
