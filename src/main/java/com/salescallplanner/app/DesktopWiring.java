package com.salescallplanner.app;

import com.salescallplanner.domain.check.WordTagger;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.ui.plan.CheckerPlanAdvisor;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.port.TeamPort;
import com.salescallplanner.ui.shell.DesktopServices;
import com.salescallplanner.ui.shell.FxDialogService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import javafx.application.Platform;

/** Wires the window's ports to their implementations for a data folder. */
final class DesktopWiring {
    /** The first-run sample: enough prospects and calls to fill every view, quick to make. */
    static final int SAMPLE_PROSPECTS = 40;
    static final int SAMPLE_CALLS = 160;
    static final long SAMPLE_SEED = 7;

    private DesktopWiring() {
    }

    /**
     * @param server   the team database's URL, or null for the data folder
     * @param settings made before JavaFX starts, so it has read its file by the time the window asks
     * @param tagger   the objective reader's tagger; its model loads on a thread of its own and the reader
     *                 uses its rules alone until then, so the first keystroke's check never waits
     */
    static DesktopServices services(Path folder, String server, SettingsStore settings, WordTagger tagger) {
        Clock clock = Clock.systemDefaultZone();
        if (server == null) {
            return new DesktopServices(new WindowStorage(folder, clock), settings, DesktopWiring::sample,
                    data -> new CheckerPlanAdvisor(data, tagger), FxDialogService::new, clock, Platform::exit,
                    TeamPort.NONE, new TeamServerFile(folder, ""), new CrmCsvFileReader(),
                    ExportFileWriter.keepingOutOf(folder));
        }
        // A terminal's console when there is one, else a dialog: a window started from the desktop has no console.
        TeamConnections logins = new TeamConnections(prompt -> System.console() != null
                ? System.console().readPassword("%s", prompt) : new FxPasswordPrompt(new FxDialogService(() -> null)).apply(prompt));
        TeamStorage team = new TeamStorage(server, folder, logins);
        // On a team database the folder holds the edit queue, the local copy and the conflicts: exports keep out of it too.
        return new DesktopServices(team, settings, DesktopWiring::sample, data -> new CheckerPlanAdvisor(data, tagger),
                FxDialogService::new, clock, Platform::exit, team, new TeamServerFile(folder, server),
                new CrmCsvFileReader(), ExportFileWriter.keepingOutOf(folder));
    }

    /** The services for the store Settings > Team remembers now: for a window reopened after a switch. */
    static Supplier<DesktopServices> remembered(Path folder, SettingsStore settings, WordTagger tagger) {
        return () -> services(folder, TeamServerFile.read(folder), settings, tagger);
    }

    /** The window on the data folder (no team database). */
    static DesktopServices services(Path folder, SettingsStore settings, WordTagger tagger) {
        return services(folder, null, settings, tagger);
    }

    private static com.salescallplanner.domain.PlannerData sample(java.time.ZonedDateTime now) {
        return SampleGenerator.marked(SAMPLE_PROSPECTS, SAMPLE_CALLS, SAMPLE_SEED, now);
    }
}
