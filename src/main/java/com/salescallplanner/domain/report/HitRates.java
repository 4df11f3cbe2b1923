package com.salescallplanner.domain.report;

/**
 * How a group of reviewed calls went: how often the stretch and the conservative objective were
 * met, and how often the call ended as an order or an advance. All three count the same calls.
 *
 * @param reviewed the number of reviewed calls in the group (the n of every rate)
 */
public record HitRates(int reviewed, Rate stretch, Rate conservative, Rate advance) {
    public static final HitRates NONE = new HitRates(0, Rate.NONE, Rate.NONE, Rate.NONE);

    public HitRates {
        if (stretch.of() != reviewed || conservative.of() != reviewed || advance.of() != reviewed) {
            throw new IllegalArgumentException("Every rate of a group counts its " + reviewed + " reviewed calls.");
        }
    }
}
