package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped logback.xml must configure without errors: a broken one spills stack traces on every start. */
class LoggingConfigurationTest {
    @TempDir
    Path folder;

    @Test
    void logbackXml_configuresWithoutErrors_andWritesToTheDataFolderLogs() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("scp.logdir", folder.resolve("logs").toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(s -> s.getLevel() >= Status.WARN).isEmpty();
        context.getLogger("test").info("hello");
        context.stop();
        assertThat(Files.readString(folder.resolve("logs/planner.log"))).contains("hello");
    }
}
