package com.salescallplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What runs once the data is in, of what the rep asked for while it was read. */
class WaitingActionTest {
    private final WaitingAction waiting = new WaitingAction();
    private final List<String> ran = new ArrayList<>();

    @Test
    void lastRequestWins_andRunsOnce() {
        waiting.openProspect(() -> ran.add("open Initech"));
        waiting.shortcut(() -> ran.add("go to Pipeline"));
        waiting.take().run();
        assertThat(ran).containsExactly("go to Pipeline");
        assertThat(waiting.take()).isNull();
    }

    @Test
    void readingFailed_dropsAnOpen_keepsAShortcut() {
        waiting.openProspect(() -> ran.add("open Initech"));
        waiting.readingFailed();
        assertThat(waiting.take()).isNull();

        waiting.shortcut(() -> ran.add("go to Pipeline"));
        waiting.readingFailed();
        waiting.take().run();
        assertThat(ran).containsExactly("go to Pipeline");
    }
}
