package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The window runs with the same JVM options however it is started: {@code java -jar} (through
 * {@link WindowJvmOptions#ALL}), {@code mvn javafx:run} and the installed app (pom.xml's
 * {@code window.jvm.*} properties). An option added in one place and not the others would make one
 * way of starting the window slower, or (one compiler thread with C2) not start at all.
 */
class WindowJvmOptionsTest {
    private static final Pattern PROPERTY = Pattern.compile("<(window\\.jvm\\.[A-Za-z]+)>([^<]*)</\\1>");

    @Test
    void pom_windowJvmProperties_areTheOptionsInTheirOrder() throws IOException {
        Matcher m = PROPERTY.matcher(pom());
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(2));
        }
        assertThat(values).containsExactlyElementsOf(WindowJvmOptions.ALL);
    }

    @Test
    void pom_javafxRunAndTheInstalledApp_passEveryOption() throws IOException {
        String pom = pom();
        String javafxRun = section(pom, "<artifactId>javafx-maven-plugin</artifactId>", "</plugin>");
        String installed = section(pom, "<argument>--main-class</argument>", "</arguments>");
        Matcher m = PROPERTY.matcher(pom);
        int properties = 0;
        while (m.find()) {
            properties++;
            assertThat(javafxRun).contains("<option>${" + m.group(1) + "}</option>");
            assertThat(installed).contains("<argument>--java-options</argument><argument>${" + m.group(1) + "}</argument>");
        }
        assertThat(properties).isEqualTo(WindowJvmOptions.ALL.size());
    }

    private static String pom() throws IOException {
        return Files.readString(Path.of("pom.xml"));
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("pom.xml has " + from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }
}
