package com.salescallplanner.app;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.DesktopServices;
import com.salescallplanner.ui.ExtraPages;
import com.salescallplanner.ui.plan.CheckerPlanAdvisor;
import com.salescallplanner.ui.port.InMemoryStorage;

import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Platform;

/** Wires the window's ports to their implementations for a data folder. */
final class DesktopWiring {
    private DesktopWiring() {
    }

    static DesktopServices services(Path folder) {
        return new DesktopServices(new InMemoryStorage(PlannerData.empty()), new PropertiesSettingsStore(folder),
                StarterSample::create, CheckerPlanAdvisor::new, ExtraPages.placeholders(), Clock.systemDefaultZone(),
                Platform::exit);
    }
}
