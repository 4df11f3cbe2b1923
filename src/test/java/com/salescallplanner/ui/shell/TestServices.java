package com.salescallplanner.ui.shell;

import com.salescallplanner.app.CrmCsvFileReader;
import com.salescallplanner.app.ExportFileWriter;
import com.salescallplanner.ui.plan.CheckerPlanAdvisor;
import com.salescallplanner.ui.port.InMemoryServerSetting;
import com.salescallplanner.ui.port.InMemorySettingsStore;
import com.salescallplanner.ui.port.PlannerStorage;
import com.salescallplanner.ui.port.SampleData;
import com.salescallplanner.ui.port.TeamPort;

import java.time.Clock;

/** The window's services for tests and trials. */
public final class TestServices {
    private TestServices() {
    }

    /**
     * The given storage, settings and the next start's server in memory, no team database, the
     * real objective checker, dialogs, CRM reader and exports (with no data folder to keep out
     * of); quitting does nothing.
     */
    public static DesktopServices inMemory(PlannerStorage storage, SampleData sample, Clock clock) {
        return new DesktopServices(storage, new InMemorySettingsStore(), sample, CheckerPlanAdvisor::new,
                FxDialogService::new, clock, () -> { }, TeamPort.NONE, new InMemoryServerSetting(""),
                new CrmCsvFileReader(), ExportFileWriter.withoutDataFolder());
    }
}
