package com.salescallplanner.ui.port;

/** Reads and writes the window's settings; failures are logged by the implementation, never fatal. */
public interface SettingsStore {
    WindowSettings load();

    void save(WindowSettings settings);

    /** Keeps the settings in memory only: for tests. */
    static SettingsStore inMemory() {
        return new SettingsStore() {
            private volatile WindowSettings current = WindowSettings.DEFAULTS;

            @Override
            public WindowSettings load() {
                return current;
            }

            @Override
            public void save(WindowSettings settings) {
                current = settings;
            }
        };
    }
}
