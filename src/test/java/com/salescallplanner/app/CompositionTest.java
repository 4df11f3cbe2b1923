package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window's fast path is taken exactly when picocli would also just open the window. */
class CompositionTest {
    @Test
    void opensWindowOnly_noArgumentsOrOnlyTheDataFolder_isTheWindow() {
        assertThat(Composition.opensWindowOnly(new String[0])).isTrue();
        assertThat(Composition.opensWindowOnly(new String[] {"--data", "/tmp/planner"})).isTrue();
        assertThat(Composition.opensWindowOnly(new String[] {"--data=/tmp/planner"})).isTrue();
    }

    @Test
    void opensWindowOnly_aCommandAnOptionOrAMissingFolder_goesThroughTheCommandLine() {
        assertThat(Composition.opensWindowOnly(new String[] {"list"})).isFalse();
        assertThat(Composition.opensWindowOnly(new String[] {"--help"})).isFalse();
        assertThat(Composition.opensWindowOnly(new String[] {"--data", "/tmp/planner", "list"})).isFalse();
        assertThat(Composition.opensWindowOnly(new String[] {"--data"})).isFalse();
        assertThat(Composition.opensWindowOnly(new String[] {"--data", "--version"})).isFalse();
        assertThat(Composition.opensWindowOnly(new String[] {"--data="})).isFalse();
    }
}
