package com.salescallplanner.ui.settings;

import com.salescallplanner.ui.port.ServerSetting;

import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings > Team: which store the window is on, and a team database's URL to open at the next
 * start (or back to the data folder). The choice is written on {@code io}; the answer comes back
 * on {@code fx}.
 */
public final class TeamServerViewModel {
    private final ServerSetting setting;
    private final Executor io;
    private final Executor fx;
    private final StringProperty url = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TeamServerViewModel(ServerSetting setting, Executor io, Executor fx) {
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

    /** Opens the typed team database at the next start. */
    public void useAtNextStart() {
        keep(url.get() == null ? "" : url.get().strip());
    }

    /** Opens the data folder at the next start. */
    public void useDataFolder() {
        url.set("");
        keep("");
    }

    private void keep(String u) {
        io.execute(() -> {
            Optional<String> problem = setting.remember(u);
            fx.execute(() -> message.set(problem.orElse(u.isEmpty()
                    ? "The next start opens this computer's data folder."
                    : "The next start opens " + u + " (your password from ~/.pgpass, or asked for).")));
        });
    }
}
