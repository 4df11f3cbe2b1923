package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.plan.PlanAdvisor;
import com.salescallplanner.ui.port.CrmCsvReader;
import com.salescallplanner.ui.port.ExportPort;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.SampleData;
import com.salescallplanner.ui.port.ServerSetting;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.TeamPort;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.stage.Window;

/**
 * What the window needs from outside, wired in {@code app} (or by a test, see the tests' {@code TestServices}): persistence, the
 * settings file, sample data, the objective checker, the dialogs (over a given window), the
 * clock, what to do when the rep quits, the team database, the next start's store, and the
 * files the rep imports (a CRM's CSV export) and exports (the prospect list, a call).
 */
public record DesktopServices(PlannerStorage storage, SettingsStore settings, SampleData sampleData,
                              Function<Supplier<PlannerData>, PlanAdvisor> advisors,
                              Function<Supplier<Window>, DialogService> dialogs,
                              Clock clock, Runnable onExit, TeamPort team, ServerSetting server,
                              CrmCsvReader crmCsv, ExportPort exports) {

    /** The team database beside the storage (the manager's page, coaching notes, conflicts). */
    public DesktopServices withTeam(TeamPort t) {
        return new DesktopServices(storage, settings, sampleData, advisors, dialogs, clock, onExit, t, server,
                crmCsv, exports);
    }

    /** Where Settings > Team keeps the team database to open at the next start. */
    public DesktopServices withServer(ServerSetting s) {
        return new DesktopServices(storage, settings, sampleData, advisors, dialogs, clock, onExit, team, s,
                crmCsv, exports);
    }

    /** Other dialogs, e.g. a test's scripted file choosers. */
    public DesktopServices withDialogs(Function<Supplier<Window>, DialogService> d) {
        return new DesktopServices(storage, settings, sampleData, advisors, d, clock, onExit, team, server,
                crmCsv, exports);
    }

    /** Another way to quit, e.g. a test's: the real one ends the JavaFX toolkit, which every later test shares. */
    public DesktopServices withOnExit(Runnable exit) {
        return new DesktopServices(storage, settings, sampleData, advisors, dialogs, clock, exit, team, server,
                crmCsv, exports);
    }

    public DesktopServices withSettings(SettingsStore s) {
        return new DesktopServices(storage, s, sampleData, advisors, dialogs, clock, onExit, team, server,
                crmCsv, exports);
    }
}
