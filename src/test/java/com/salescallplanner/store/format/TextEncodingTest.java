package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageModel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Text in the file: every kind of character a rep's notes can hold is written as plain Jackson
 * writes a JSON string (the layout of the file adds nothing to a value) and reads back equal,
 * whether the prospect is written among few (on this thread) or many (in parallel runs).
 */
class TextEncodingTest {
    private static final JsonMapper PLAIN_JACKSON = JsonMapper.builder().build();
    private static final Instant SAVED_AT = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void notes_everyKindOfCharacter_writtenAsJacksonWritesTheStringAndReadBackEqual() throws Exception {
        List<String> texts = texts();
        PlannerData data = PlannerData.empty();
        for (int i = 0; i < texts.size(); i++) {
            data = data.withProspect(prospect(i, texts.get(i)));
        }
        byte[] file = written(data);
        for (String s : texts) {
            assertThat(contains(file, notesField(s))).as("notes of %d characters", s.length()).isTrue();
        }
        assertThat(PlannerJson.read(file).data().prospects()).extracting(Prospect::notes).containsExactlyElementsOf(texts);
    }

    @Test
    void notes_inParallelRuns_writtenTheSameAndReadBackEqual() throws Exception {
        List<String> texts = texts();
        PlannerData many = PlannerData.empty();
        for (int i = 0; i < Cores.MIN_VALUES + 10; i++) {
            many = many.withProspect(prospect(i, texts.get(i % texts.size())));
        }
        byte[] manyFile = written(many);
        for (String s : texts) {
            assertThat(contains(manyFile, notesField(s))).as("notes of %d characters", s.length()).isTrue();
        }
        assertThat(PlannerJson.read(manyFile).data()).isEqualTo(many);
    }

    @Test
    void escapes_controlCharactersAndLoneSurrogates_emojiAsFourUtf8Bytes() throws Exception {
        String file = new String(written(PlannerData.empty().withProspect(prospect(0,
                "a\u0001b\tc\"d\\e \uD83D lone, 😀 pair, \u2028 kept"))), StandardCharsets.UTF_8);
        assertThat(file).contains("\"notes\": \"a\\u0001b\\tc\\\"d\\\\e \\uD83D lone, 😀 pair, \u2028 kept\"");
    }

    /** Every ASCII character but NUL (which the domain refuses), non-Latin text, surrogates in every position. */
    private static List<String> texts() {
        StringBuilder ascii = new StringBuilder();
        for (char c = 1; c < 0x80; c++) {
            ascii.append(c);
        }
        List<String> texts = new ArrayList<>(List.of("", ascii.toString(), "Jörg Müller – „größer“ €",
                "\u2028\u2029\uFEFF", "emoji 😀 and 𝄞", "lone \uD83D high", "lone \uDE00 low", "ends high \uD83D",
                "\uDE00\uD83D reversed"));
        Random rnd = new Random(11);
        for (int n : new int[] {1023, 1024, 1025, 8_000, 10_000}) {
            texts.add(randomText(rnd, n));
        }
        return texts;
    }

    private static Prospect prospect(int i, String notes) {
        return new Prospect(new ProspectId("p" + i), "Company " + i, "", List.of(), StageModel.PROSPECTING,
                List.of(new StageChange(StageModel.PROSPECTING, LocalDate.of(2026, 1, 1))), null, "", null, notes);
    }

    private static byte[] written(PlannerData d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(d, SAVED_AT, out);
        return out.toByteArray();
    }

    private static byte[] notesField(String s) {
        byte[] name = "\"notes\": ".getBytes(StandardCharsets.US_ASCII);
        byte[] value = PLAIN_JACKSON.writeValueAsBytes(s);
        byte[] both = Arrays.copyOf(name, name.length + value.length);
        System.arraycopy(value, 0, both, name.length, value.length);
        return both;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Text with emoji (surrogate pairs) in every position, some straddling the generator's buffer boundaries. */
    private static String randomText(Random rnd, int length) {
        String[] pieces = {"a", "é", "€", "😀", "\n", "\"", "\\", "\u0001", "\uD83D"};
        StringBuilder sb = new StringBuilder(length + 2);
        while (sb.length() < length) {
            sb.append(pieces[rnd.nextInt(pieces.length)]);
        }
        sb.setLength(Math.min(sb.length(), length));
        return sb.toString();
    }
}
