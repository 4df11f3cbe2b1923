package com.salescallplanner.ui;

import java.util.List;

/**
 * One field of a {@link DialogService#form} dialog.
 *
 * @param choices when not empty, the field is a drop-down of these values
 */
public record FormField(String key, String label, String initial, List<String> choices, boolean required) {
    public FormField {
        initial = initial == null ? "" : initial;
        choices = List.copyOf(choices);
    }

    public static FormField text(String key, String label, String initial, boolean required) {
        return new FormField(key, label, initial, List.of(), required);
    }

    public static FormField choice(String key, String label, String initial, List<String> choices) {
        return new FormField(key, label, initial, choices, true);
    }
}
