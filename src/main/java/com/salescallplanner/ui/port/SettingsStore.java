package com.salescallplanner.ui.port;

/** Reads and writes the window's settings; failures are logged by the implementation, never fatal. */
public interface SettingsStore {
    WindowSettings load();

    void save(WindowSettings settings);
}
