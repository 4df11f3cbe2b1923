package com.salescallplanner.ui;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.plan.CheckerPlanAdvisor;
import com.salescallplanner.ui.plan.PlanAdvisor;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.SampleData;
import com.salescallplanner.ui.port.ServerSetting;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.TeamPort;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the window needs from outside, wired in {@code app} (or by a test): persistence, the
 * settings file, sample data, the objective checker, the file choosers, the clock, and what to
 * do when the rep quits.
 */
public record DesktopServices(PlannerStorage storage, SettingsStore settings, SampleData sampleData,
                              Function<Supplier<PlannerData>, PlanAdvisor> advisors, FileChoosers files,
                              Clock clock, Runnable onExit, TeamPort team, ServerSetting server) {

    /** On a data folder: no team database. */
    public DesktopServices(PlannerStorage storage, SettingsStore settings, SampleData sampleData,
                           Function<Supplier<PlannerData>, PlanAdvisor> advisors, FileChoosers files, Clock clock,
                           Runnable onExit) {
        this(storage, settings, sampleData, advisors, files, clock, onExit, TeamPort.NONE, ServerSetting.inMemory(""));
    }

    /** The team database beside the storage (the manager's page, coaching notes, conflicts). */
    public DesktopServices withTeam(TeamPort t) {
        return new DesktopServices(storage, settings, sampleData, advisors, files, clock, onExit, t, server);
    }

    /** Where Settings > Team keeps the team database to open at the next start. */
    public DesktopServices withServer(ServerSetting s) {
        return new DesktopServices(storage, settings, sampleData, advisors, files, clock, onExit, team, s);
    }

    /** Services for tests and trials: the given storage, in-memory settings, the objective checker. */
    public static DesktopServices inMemory(PlannerStorage storage, SampleData sample, Clock clock) {
        return new DesktopServices(storage, SettingsStore.inMemory(), sample, CheckerPlanAdvisor::new,
                FileChoosers.system(), clock, () -> { });
    }

    public DesktopServices withAdvisors(Function<Supplier<PlannerData>, PlanAdvisor> a) {
        return new DesktopServices(storage, settings, sampleData, a, files, clock, onExit, team, server);
    }

    /** Other file choosers, e.g. a test's scripted answers. */
    public DesktopServices withFiles(FileChoosers f) {
        return new DesktopServices(storage, settings, sampleData, advisors, f, clock, onExit, team, server);
    }

    public DesktopServices withSettings(SettingsStore s) {
        return new DesktopServices(storage, s, sampleData, advisors, files, clock, onExit, team, server);
    }
}
