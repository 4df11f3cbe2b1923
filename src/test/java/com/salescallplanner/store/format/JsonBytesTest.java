package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The hand-written writer escapes and encodes text exactly as Jackson does. */
class JsonBytesTest {
    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    @Test
    void string_everyKindOfCharacter_isWrittenAsJacksonWritesIt() throws Exception {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            ascii.append(c);
        }
        List<String> texts = new ArrayList<>(List.of("", ascii.toString(), "Jörg Müller – „größer“ €", "\u2028\u2029\uFEFF",
                "emoji 😀 and 𝄞", "lone \uD83D high", "lone \uDE00 low", "ends high \uD83D", "\uDE00\uD83D reversed"));
        Random rnd = new Random(11);
        for (int n : new int[] {1023, 1024, 1025, 20_000, 70_000}) {
            texts.add(randomText(rnd, n));
        }
        // A lone high surrogate before a pair, in every alignment to the writers' pieces: the pair stays whole.
        texts.add("\uD83D😀".repeat(10_000));
        texts.add("x\uD83D😀".repeat(10_000));
        for (String s : texts) {
            for (boolean compact : new boolean[] {false, true}) { // the compact writer's buffer is smaller
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                JsonBytes json = compact ? JsonBytes.compact(out) : new JsonBytes(out);
                json.string(s);
                json.flush();
                assertThat(out.toByteArray()).as("text of %d characters, compact %s", s.length(), compact)
                        .isEqualTo(JACKSON.writeValueAsBytes(s));
            }
        }
    }

    /** Text with emoji (surrogate pairs) in every position, so some straddle the writer's 1,024-character pieces. */
    private static String randomText(Random rnd, int length) {
        String[] pieces = {"a", "é", "€", "😀", "\n", "\"", "\\", "\u0001", "\uD83D"};
        StringBuilder sb = new StringBuilder(length + 2);
        while (sb.length() < length) {
            sb.append(pieces[rnd.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
