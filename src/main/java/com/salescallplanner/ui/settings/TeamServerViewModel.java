package com.salescallplanner.ui.settings;

import com.salescallplanner.ui.port.ServerSetting;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings > Team: which store the window is on, and a switch to a team database's URL (or back
 * to the data folder). The choice is written on {@code io} and kept for the next start; then, on
 * {@code fx}, {@code switchStore} closes this window (saving as on quitting) and opens one on the
 * new store. When it cannot (nothing wired to reopen, or the rep chose to stay with an unsaved
 * plan) the choice takes effect at the next start, and the message says so.
 */
public final class TeamServerViewModel {
    private final ServerSetting setting;
    private final Executor io;
    private final Executor fx;
    private final BooleanSupplier switchStore;
    private final StringProperty url = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TeamServerViewModel(ServerSetting setting, Executor io, Executor fx) {
        this(setting, io, fx, () -> false);
    }

    public TeamServerViewModel(ServerSetting setting, Executor io, Executor fx, BooleanSupplier switchStore) {
        this.switchStore = switchStore;
        this.setting = setting;
        this.io = io;
        this.fx = fx;
        url.set(setting.remembered());
    }

    /** "On the team database ..." or "On this computer's data folder." */
    public String now() {
        return setting.current().isEmpty() ? "This window is on this computer's data folder."
                : "This window is on the team database " + setting.current() + ".";
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** What came of the last choice: where the next start goes, or what is wrong with the URL. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Switches to the typed team database (now if it can, else at the next start). */
    public void useTeamDatabase() {
        keep(url.get() == null ? "" : url.get().strip());
    }

    /** Switches to this computer's data folder (now if it can, else at the next start). */
    public void useDataFolder() {
        url.set("");
        keep("");
    }

    private void keep(String u) {
        if (u.equals(setting.current())) {
            message.set(u.isEmpty() ? "This window is on this computer's data folder already."
                    : "This window is on " + u + " already.");
            setting.remember(u);
            return;
        }
        io.execute(() -> {
            Optional<String> problem = setting.remember(u);
            fx.execute(() -> {
                if (problem.isPresent()) {
                    message.set(problem.get());
                } else if (!switchStore.getAsBoolean()) {
                    message.set(u.isEmpty() ? "The next start opens this computer's data folder."
                            : "The next start opens " + u + " (your password from ~/.pgpass, or asked for).");
                }
            });
        });
    }
}
