package com.salescallplanner.ui.port;

/** Keeps the window's settings in memory only: for tests. */
public final class InMemorySettingsStore implements SettingsStore {
    private volatile WindowSettings current = WindowSettings.DEFAULTS;

    @Override
    public WindowSettings load() {
        return current;
    }

    @Override
    public void save(WindowSettings settings) {
        current = settings;
    }
}
