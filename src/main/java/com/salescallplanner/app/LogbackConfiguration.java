package com.salescallplanner.app;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The app's Logback configuration, in code: Logback finds it through
 * META-INF/services/ch.qos.logback.classic.spi.Configurator. Reading an XML configuration loaded
 * some 700 classes (an XML parser, Joran and its model) and took most of the main thread's time
 * before the window could start (docs/performance.md).
 *
 * <p>What it sets up: a rolling file {@code planner.log} in the folder named by the
 * {@value LoggingSetup#LOG_DIR_PROPERTY} property (the data folder's logs/, set by
 * {@link LoggingSetup}; {@code target/logs} in tests), rolled daily and at 5 MB, kept 14 days and
 * 50 MB at most; warnings and errors also on stderr (so stdout stays machine-readable), without
 * stack traces. The file is written on Logback's own thread ({@link AsyncAppender}, every level
 * kept): a line logged on the JavaFX thread must not wait for the disk. The queue is written out
 * when the JVM ends (a shutdown hook stops the context), so a command's last lines are kept.
 * An explicit {@code -Dlogback.configurationFile} still wins: then this steps aside.
 */
public final class LogbackConfiguration extends ContextAwareBase implements Configurator {
    static final String FILE_PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";
    static final String STDERR_PATTERN = "%level: %msg%n%nopex";
    private static final String DEFAULT_DIR = "target/logs";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = logDir(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        if (!Boolean.parseBoolean(property(context, LoggingSetup.NO_FILE_PROPERTY))) {
            root.addAppender(inBackground(context, file(context, dir)));
        }
        root.addAppender(stderr(context));
        // The pool warns of every connection lost while the team database is away; that is the
        // expected offline state, which TeamSync logs and the status bar shows once.
        context.getLogger("com.zaxxer.hikari").setLevel(Level.ERROR);
        Runtime.getRuntime().addShutdownHook(new Thread(context::stop, "logging-stop"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static AsyncAppender inBackground(LoggerContext context, RollingFileAppender<ILoggingEvent> file) {
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("FILE");
        async.setDiscardingThreshold(0); // drop nothing, not even INFO, when the queue fills
        async.setMaxFlushTime(5_000);
        async.addAppender(file);
        async.start();
        return async;
    }

    /** As Logback resolves {@code ${scp.logdir:-target/logs}}: context, system property, environment. */
    private static String logDir(LoggerContext context) {
        String dir = property(context, LoggingSetup.LOG_DIR_PROPERTY);
        return dir == null ? DEFAULT_DIR : dir;
    }

    private static String property(LoggerContext context, String name) {
        String value = context.getProperty(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        return value == null ? System.getenv(name) : value;
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("ROLLING_FILE");
        file.setFile(dir + "/planner.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir + "/planner.%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        file.setRollingPolicy(policy);
        file.setEncoder(encoder(context, FILE_PATTERN));
        policy.start();
        file.start();
        return file;
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setContext(context);
        warnings.setLevel("WARN");
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, STDERR_PATTERN));
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
