package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The raw arguments told apart before picocli is made: the window's fast path is taken exactly when
 * picocli would also just open the window, {@code java -jar} restarts only for the window, a
 * {@code check} leaves no log file, and the log goes where {@code --data} says.
 */
class RootArgumentsTest {
    private static RootArguments of(String... args) {
        return RootArguments.of(args);
    }

    @Test
    void opensWindowOnly_noArgumentsOrOnlyTheDataFolder_isTheWindow() {
        assertThat(of().opensWindowOnly()).isTrue();
        assertThat(of("--data", "/tmp/planner").opensWindowOnly()).isTrue();
        assertThat(of("--data=/tmp/planner").opensWindowOnly()).isTrue();
    }

    @Test
    void opensWindowOnly_aCommandAnOptionAServerOrAMissingFolder_goesThroughTheCommandLine() {
        assertThat(of("list").opensWindowOnly()).isFalse();
        assertThat(of("--help").opensWindowOnly()).isFalse();
        assertThat(of("--data", "/tmp/planner", "list").opensWindowOnly()).isFalse();
        assertThat(of("--data").opensWindowOnly()).isFalse();
        assertThat(of("--data", "--version").opensWindowOnly()).isFalse();
        assertThat(of("--data=").opensWindowOnly()).isFalse();
        assertThat(of("--server", "postgresql://h/db").opensWindowOnly()).isFalse(); // picocli keeps the URL
        assertThat(of("--data=a", "--data=b").opensWindowOnly()).isFalse(); // picocli words the mistake
    }

    @Test
    void onlyWindowOptions_dataAndServerInEitherForm_openTheWindow() {
        assertThat(of().onlyWindowOptions()).isTrue();
        assertThat(of("--data", "D").onlyWindowOptions()).isTrue();
        assertThat(of("--data=D", "--server", "postgresql://h/db").onlyWindowOptions()).isTrue();
    }

    @Test
    void onlyWindowOptions_commandHelpOrMissingValue_runInThisJvm() {
        assertThat(of("list").onlyWindowOptions()).isFalse();
        assertThat(of("--data", "D", "report").onlyWindowOptions()).isFalse();
        assertThat(of("--help").onlyWindowOptions()).isFalse();
        assertThat(of("--data").onlyWindowOptions()).isFalse();
        assertThat(of("--data=").onlyWindowOptions()).isFalse();
        assertThat(of("--data", "--server").onlyWindowOptions()).isFalse();
    }

    @Test
    void onlyReads_theCheckCommandAfterAnyRootOptions_only() {
        assertThat(of("check", "--stage", "discovery").onlyReads()).isTrue();
        assertThat(of("--data", "D", "--server=postgresql://h/db", "check").onlyReads()).isTrue();
        assertThat(of("list").onlyReads()).isFalse();
        assertThat(of("--data", "check").onlyReads()).as("check is the folder here").isFalse();
        assertThat(of().onlyReads()).isFalse();
    }

    @Test
    void data_eitherFormAnywhere_theFirstOne() {
        assertThat(of("--data", "/a").data()).isEqualTo("/a");
        assertThat(of("list", "--data=/b").data()).isEqualTo("/b");
        assertThat(of("--data=/c", "--data", "/d").data()).isEqualTo("/c");
        assertThat(of("list").data()).isNull();
    }
}
