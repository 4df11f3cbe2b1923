package com.salescallplanner.ui.shell;

import javafx.stage.Stage;

import org.testfx.framework.junit5.Start;

/**
 * {@link ProspectsFirstWindowTest} with a storage that hands the prospects over first without saying
 * so beforehand (the opening then starts two frames after the first, as for any large data): the same story.
 */
class ProspectsFirstAfterFrameTest extends ProspectsFirstWindowTest {
    @Override
    boolean saysItReadsProspectsFirst() {
        return false;
    }

    @Override
    @Start
    void start(Stage stage) { // TestFX looks for @Start on the test's own class only
        super.start(stage);
    }
}
