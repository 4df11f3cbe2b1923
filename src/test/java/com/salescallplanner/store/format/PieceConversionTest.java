package com.salescallplanner.store.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.sample.SampleGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A long list converted in pieces on several cores gives what converting it in order gives: the
 * same records in the same order, and for a damaged file the same first wrong place and words.
 */
class PieceConversionTest {
    private static final FieldPath CALLS = FieldPath.ROOT.field("calls");
    private static final int SIZE = 10_000;

    private static final BiFunction<String, FieldPath, Integer> NUMBER = (text, at) -> {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidValue(at, "'" + text + "' is not a number.");
        }
    };

    private static List<String> numbers() {
        List<String> texts = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            texts.add(Integer.toString(i));
        }
        return texts;
    }

    @Test
    void list_longListOnFourCores_sameValuesInOrderMadeOnSeveralThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<Integer> converted = PieceConversion.list(CALLS, numbers(), (text, at) -> {
            threads.add(Thread.currentThread().getName());
            return NUMBER.apply(text, at);
        }, 4);

        assertThat(converted).isEqualTo(FieldValues.list(CALLS, numbers(), NUMBER));
        assertThat(threads).hasSize(4).contains(Thread.currentThread().getName());
    }

    /** The later piece meets its wrong value first; the earlier piece's comes after it. */
    @Test
    void list_wrongValuesInTwoPieces_reportsTheFirstAsInOrder() {
        List<String> texts = numbers();
        texts.set(7_500, "seven");
        texts.set(4_999, "four");

        CountDownLatch laterMet = new CountDownLatch(1);
        BiFunction<String, FieldPath, Integer> laterFirst = (text, at) -> {
            if (text.equals("seven")) {
                laterMet.countDown();
            } else if (text.equals("four")) {
                awaitQuietly(laterMet);
            }
            return NUMBER.apply(text, at);
        };

        InvalidValue inPieces = catchThrowableOfType(InvalidValue.class,
                () -> PieceConversion.list(CALLS, texts, laterFirst, 4));
        InvalidValue inOrder = catchThrowableOfType(InvalidValue.class, () -> FieldValues.list(CALLS, texts, NUMBER));

        assertThat(inPieces.at).hasToString("calls[4999]").hasToString(inOrder.at.toString());
        assertThat(inPieces).hasMessage("'four' is not a number.").hasMessage(inOrder.getMessage());
    }

    @Test
    void list_wrongValueInTheFirstPieceOnly_reportsIt() {
        List<String> texts = numbers();
        texts.set(10, "ten");

        assertThatThrownBy(() -> PieceConversion.list(CALLS, texts, NUMBER, 4))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.at).hasToString("calls[10]"));
    }

    @Test
    void list_missingValueInTheLastPiece_namesItsPlace() {
        List<String> texts = numbers();
        texts.set(SIZE - 1, null);

        assertThatThrownBy(() -> PieceConversion.list(CALLS, texts, NUMBER, 4))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.at).hasToString("calls[9999]"));
    }

    @Test
    void list_shortOrOneCore_convertedOnTheCallingThreadAlone() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        BiFunction<String, FieldPath, Integer> noted = (text, at) -> {
            threads.add(Thread.currentThread().getName());
            return NUMBER.apply(text, at);
        };

        PieceConversion.list(CALLS, numbers().subList(0, Cores.MIN_VALUES - 1), noted, 4);
        PieceConversion.list(CALLS, numbers(), noted, 1);

        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    /**
     * Through the reader: a planner file with more calls than one piece, two of them wrong, the
     * first at the end of the first half, the second at the start of the second.
     */
    @Test
    void read_largeFileWithTwoWrongCalls_namesTheFirstOne() throws Exception {
        PlannerData data = SampleGenerator.generate(300, 2 * Cores.MIN_VALUES, 3,
                ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC));
        JsonNode tree = Mappers.STRICT.readTree(written(data));
        ((ObjectNode) tree.get("calls").get(Cores.MIN_VALUES)).put("prospectId", "nobody");
        ((ObjectNode) tree.get("calls").get(Cores.MIN_VALUES - 1)).put("duration", "soon");
        byte[] damaged = Mappers.STRICT.writeValueAsBytes(tree);

        assertThatThrownBy(() -> PlannerJson.read(damaged))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.getMessage()).startsWith("calls[3999].duration"));
        assertThat(PlannerJson.read(written(data)).data()).isEqualTo(data);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] written(PlannerData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(data, Instant.parse("2026-12-07T00:00:00Z"), out);
        return out.toByteArray();
    }
}
