package com.salescallplanner.ui;

import com.salescallplanner.domain.TextLimit;

import java.util.List;

/**
 * One field of a {@link DialogService#form} dialog.
 *
 * @param choices when not empty, the field is a drop-down of these values
 * @param limit   the domain's limit for a text field (its counter and message show as the rep
 *                types, and OK waits until the text fits), or null for none
 */
public record FormField(String key, String label, String initial, List<String> choices, boolean required,
                        TextLimit limit) {
    public FormField {
        initial = initial == null ? "" : initial;
        choices = List.copyOf(choices);
    }

    public static FormField text(String key, String label, String initial, boolean required) {
        return new FormField(key, label, initial, List.of(), required, null);
    }

    public static FormField text(String key, String label, String initial, boolean required, TextLimit limit) {
        return new FormField(key, label, initial, List.of(), required, limit);
    }

    public static FormField choice(String key, String label, String initial, List<String> choices) {
        return new FormField(key, label, initial, choices, true, null);
    }
}
