package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** Only JavaFX's class-path start-up warning is dropped; its other messages still show. */
class ClassPathJavaFxTest {
    @Test
    void theStartupWarning_isDropped_andOtherJavaFxWarningsStillShow() {
        assertThat(ClassPathJavaFx.onClassPath()).as("tests, like the jar, run JavaFX from the class path").isTrue();
        Logger javafx = Logger.getLogger("javafx");
        List<String> shown = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                shown.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(catcher);
        try {
            ClassPathJavaFx.quietTheStartupWarning();
            javafx.log(Level.WARNING, ClassPathJavaFx.WARNING_START + " @69eee410'");
            javafx.log(Level.WARNING, "Some other JavaFX warning");
        } finally {
            javafx.removeHandler(catcher);
        }
        assertThat(shown).containsExactly("Some other JavaFX warning");
    }
}
