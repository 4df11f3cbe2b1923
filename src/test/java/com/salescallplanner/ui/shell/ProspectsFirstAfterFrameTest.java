package com.salescallplanner.ui.shell;

import javafx.stage.Stage;

import org.testfx.framework.junit5.Start;

/**
 * {@link ProspectsFirstWindowTest} with the opening started after the window's first frame (a
 * storage that does not say it reads the prospects first still may): the same story.
 */
class ProspectsFirstAfterFrameTest extends ProspectsFirstWindowTest {
    @Override
    boolean openedAsTheWindowIsBuilt() {
        return false;
    }

    @Override
    @Start
    void start(Stage stage) { // TestFX looks for @Start on the test's own class only
        super.start(stage);
    }
}
