package com.salescallplanner.app;

import com.salescallplanner.domain.check.WordTagger;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.ui.plan.CheckerPlanAdvisor;
import com.salescallplanner.ui.port.SettingsStore;
import com.salescallplanner.ui.shell.DesktopServices;
import com.salescallplanner.ui.shell.FxDialogService;

import java.nio.file.Path;
import java.time.Clock;

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
     * @param settings made before JavaFX starts, so it has read its file by the time the window asks
     * @param tagger   the objective reader's tagger; its model loads on a thread of its own and the reader
     *                 uses its rules alone until then, so the first keystroke's check never waits
     */
    static DesktopServices services(Path folder, SettingsStore settings, WordTagger tagger) {
        Clock clock = Clock.systemDefaultZone();
        return new DesktopServices(new WindowStorage(folder, clock), settings,
                now -> SampleGenerator.generate(SAMPLE_PROSPECTS, SAMPLE_CALLS, SAMPLE_SEED, now),
                data -> new CheckerPlanAdvisor(data, tagger), FxDialogService::new, clock, Platform::exit);
    }
}
