package com.salescallplanner.ui;

import com.salescallplanner.domain.Stage;

import javafx.util.StringConverter;

/** Shows a stage by its name in a choice box; the choices are stages, never typed text. */
public final class StageNameConverter extends StringConverter<Stage> {
    public static final StageNameConverter INSTANCE = new StageNameConverter();

    private StageNameConverter() {
    }

    @Override
    public String toString(Stage s) {
        return s == null ? "" : s.name();
    }

    @Override
    public Stage fromString(String s) {
        return null;
    }
}
