package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.cli.RootCommand;
import com.salescallplanner.domain.check.DeferredTagger;
import com.salescallplanner.domain.check.WordTagger;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check} as the app wires it reads with the OpenNLP tagger, which finds a verb the rules leave alone. */
class CheckWiringTest {
    private static final String STRETCH = "the QA team to vet the samples by Friday";

    @Test
    void loadedTagger_isReadyBeforeTheCheck() {
        WordTagger tagger = Composition.loadedTagger();
        assertThat(tagger).isInstanceOf(DeferredTagger.class);
        assertThat(((DeferredTagger) tagger).ready()).isTrue();
    }

    @Test
    void check_asTheAppWiresIt_readsTheUnknownVerbWithTheModel() {
        assertThat(action(Composition::loadedTagger)).isEqualTo("vet");
        assertThat(action(() -> WordTagger.NONE)).isNotEqualTo("vet");
    }

    private static String action(Supplier<WordTagger> taggers) {
        RootCommand root = new RootCommand(f -> 0, o -> Path.of("target", "no-data"), new CommandStoreAccess(), taggers);
        CommandLine cl = new CommandLine(root);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int status = cl.execute("check", "--today", "2026-02-16", "--stage", "Evaluation", "--stretch", STRETCH,
                "--conservative", "The IT lead sends us the test data by Friday", "--json");
        assertThat(status).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(out.toString());
        return j.get("objectives").get(0).get("reading").get("action").asString();
    }
}
