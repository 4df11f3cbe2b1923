package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.Status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Logback configuration in code ({@link LogbackConfiguration}) must configure without errors
 * (a broken one spills stack traces on every start), write to the data folder's logs/, and keep
 * the terminal for warnings and errors only.
 */
class LoggingConfigurationTest {
    @TempDir
    Path folder;
    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private ExecutionStatus configure() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty(LoggingSetup.LOG_DIR_PROPERTY, folder.resolve("logs").toString());
        LogbackConfiguration configuration = new LogbackConfiguration();
        configuration.setContext(context);
        return configuration.configure(context);
    }

    @Test
    void configuration_configuresWithoutErrors_andWritesToTheDataFolderLogs() throws Exception {
        assertThat(configure()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(s -> s.getLevel() >= Status.WARN).isEmpty();
        context.getLogger("test").info("hello");
        context.getLogger("test").debug("not at info");
        context.stop();
        String log = Files.readString(folder.resolve("logs/planner.log"));
        assertThat(log).contains("INFO  [main] test - hello").doesNotContain("not at info");
    }

    @Test
    void fileLines_areWrittenOnLoggingsOwnThread_keepingEveryLevel() {
        configure();
        AsyncAppender async = (AsyncAppender) context.getLogger("ROOT").getAppender("FILE");
        assertThat(async.isStarted()).isTrue();
        assertThat(async.getDiscardingThreshold()).isZero();
        assertThat(async.isNeverBlock()).isFalse();
    }

    @Test
    void configuration_rollsDailyAndBySize_keepingTwoWeeksAndFiftyMegabytes() {
        configure();
        AsyncAppender async = (AsyncAppender) context.getLogger("ROOT").getAppender("FILE");
        RollingFileAppender<?> file = (RollingFileAppender<?>) async.getAppender("ROLLING_FILE");
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        assertThat(file.getFile()).isEqualTo(folder.resolve("logs") + "/planner.log");
        assertThat(policy.getFileNamePattern()).isEqualTo(folder.resolve("logs") + "/planner.%d{yyyy-MM-dd}.%i.log");
        assertThat(policy.getMaxHistory()).isEqualTo(14);
        assertThat(context.getLogger("ROOT").getLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void terminal_getsWarningsWithoutStackTraces_onStderrOnly() throws IOException {
        configure();
        ConsoleAppender<?> console = (ConsoleAppender<?>) context.getLogger("ROOT").getAppender("STDERR");
        assertThat(console.getTarget()).isEqualTo("System.err");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        console.setOutputStream(err);
        context.getLogger("test").info("quiet");
        context.getLogger("test").warn("disk is full", new IOException("boom"));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("WARN: disk is full" + System.lineSeparator());
    }

    @Test
    void logback_findsTheConfigurationAsAService() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(LogbackConfiguration.class.getName());
        }
    }
}
