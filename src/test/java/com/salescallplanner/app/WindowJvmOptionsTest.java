package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The window runs with the same JVM options however it is started: {@code java -jar} (through
 * {@link WindowJvmOptions#forSystem}), {@code mvn javafx:run} and the installed app (pom.xml's
 * {@code window.jvm.*} properties, the pages' set by a profile on Linux only). An option added in one place and not the others would make one
 * way of starting the window slower, or (one compiler thread with C2) not start at all.
 */
class WindowJvmOptionsTest {
    private static final Pattern PROPERTY = Pattern.compile("<(window\\.jvm\\.[A-Za-z]+)>([^<]*)</\\1>");

    @Test
    void pom_windowJvmProperties_areTheOptionsInTheirOrder() throws IOException {
        Map<String, List<String>> values = properties(pom());

        // The defaults, in order, then the Linux profile's value for the pages.
        assertThat(values.keySet()).containsExactly("window.jvm.compiler", "window.jvm.compilerThreads", "window.jvm.pages");
        assertThat(List.of(values.get("window.jvm.compiler").get(0), values.get("window.jvm.compilerThreads").get(0)))
                .containsExactlyElementsOf(WindowJvmOptions.COMPILER);
        assertThat(values.get("window.jvm.pages")).containsExactly("-Xshare:auto", WindowJvmOptions.HUGE_PAGES);
        assertThat(section(pom(), "<id>linux-huge-pages</id>", "</profile>")).contains("<os><name>Linux</name></os>");
    }

    @Test
    void forSystem_hugePagesOnLinuxOnly() {
        assertThat(WindowJvmOptions.forSystem("Linux")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:+UseTransparentHugePages");
        assertThat(WindowJvmOptions.forSystem("Windows 11")).containsExactlyElementsOf(WindowJvmOptions.COMPILER);
        assertThat(WindowJvmOptions.forSystem("Mac OS X")).containsExactlyElementsOf(WindowJvmOptions.COMPILER);
    }

    @Test
    void pom_javafxRunAndTheInstalledApp_passEveryOption() throws IOException {
        String pom = pom();
        String javafxRun = section(pom, "<artifactId>javafx-maven-plugin</artifactId>", "</plugin>");
        String installed = section(pom, "<argument>--main-class</argument>", "</arguments>");
        for (String property : properties(pom).keySet()) {
            assertThat(javafxRun).contains("<option>${" + property + "}</option>");
            assertThat(installed).contains("<argument>--java-options</argument><argument>${" + property + "}</argument>");
        }
    }

    /** Each window.jvm property's values in the order pom.xml gives them (its default first). */
    private static Map<String, List<String>> properties(String pom) {
        Matcher m = PROPERTY.matcher(pom);
        Map<String, List<String>> values = new LinkedHashMap<>();
        while (m.find()) {
            values.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
        return values;
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
