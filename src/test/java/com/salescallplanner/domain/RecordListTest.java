package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordListTest {
    private final List<String> three = List.of("a", "b", "c");

    @Test
    void replaced_oneElement_equalsTheListWithIt_andLeavesTheOriginal() {
        List<String> r = RecordList.replaced(three, 1, "B");

        assertThat(r).containsExactly("a", "B", "c").isEqualTo(List.of("a", "B", "c"));
        assertThat(r.hashCode()).isEqualTo(List.of("a", "B", "c").hashCode());
        assertThat(three).containsExactly("a", "b", "c");
    }

    @Test
    void appended_atTheEnd() {
        assertThat(RecordList.appended(three, "d")).containsExactly("a", "b", "c", "d");
        assertThat(RecordList.appended(List.of(), "x")).containsExactly("x");
    }

    @Test
    void madeFromEachOther_staysIndependent() {
        List<String> first = RecordList.replaced(three, 0, "A");
        List<String> second = RecordList.replaced(first, 2, "C");
        Object[] array = second.toArray();
        array[1] = "changed";

        assertThat(first).containsExactly("A", "b", "c");
        assertThat(second).containsExactly("A", "b", "C");
    }

    @Test
    void replacedAt_madeFromTheOther_isThePlaceReplaced_elseUnknown() {
        List<String> first = RecordList.replaced(three, 0, "A");
        List<String> second = RecordList.replaced(first, 2, "C");
        List<String> third = RecordList.replaced(second, 1, "B");

        assertThat(RecordList.replacedAt(first, second)).isEqualTo(2);
        assertThat(RecordList.replacedAt(second, third)).isEqualTo(1);
        assertThat(RecordList.replacedAt(first, third)).as("two steps apart").isEqualTo(-1);
        assertThat(RecordList.replacedAt(second, first)).as("the other way").isEqualTo(-1);
        assertThat(RecordList.replacedAt(three, first)).as("made from a list of another kind").isEqualTo(-1);
        List<String> loaded = RecordList.of(three);
        assertThat(loaded).isEqualTo(three);
        assertThat(RecordList.replacedAt(loaded, RecordList.replaced(loaded, 1, "B"))).as("made from a loaded list")
                .isEqualTo(1);
        assertThat(RecordList.replacedAt(first, RecordList.appended(first, "d"))).as("added").isEqualTo(-1);
        assertThat(RecordList.replacedAt(first, List.copyOf(second))).as("an equal copy").isEqualTo(-1);
    }

    @Test
    void replaced_everywhereInALongList_onlyThatPlaceDiffers() {
        List<Integer> numbers = numbers(3 * RecordList.CHUNK + 5);
        List<Integer> list = RecordList.of(numbers);
        for (int at : new int[] {0, RecordList.CHUNK - 1, RecordList.CHUNK, 2 * RecordList.CHUNK + 7, numbers.size() - 1}) {
            List<Integer> expected = new ArrayList<>(numbers);
            expected.set(at, -1);

            List<Integer> r = RecordList.replaced(list, at, -1);

            assertThat(r).as("replaced at %d", at).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(r.toArray()).isEqualTo(expected.toArray());
            assertThat(list).as("the list it was made from").isEqualTo(numbers);
        }
    }

    @Test
    void appended_acrossChunks_eachListKeepsItsOwnElements() {
        List<Integer> list = RecordList.of(List.of());
        List<List<Integer>> made = new ArrayList<>();
        for (int i = 0; i < 2 * RecordList.CHUNK + 3; i++) {
            list = RecordList.appended(list, i);
            made.add(list);
        }
        // Two lists made from the same one, whose last chunk has room: neither sees the other's element.
        List<Integer> base = made.get(RecordList.CHUNK + 1);
        List<Integer> withA = RecordList.appended(base, -1);
        List<Integer> withB = RecordList.appended(base, -2);

        assertThat(list).isEqualTo(numbers(2 * RecordList.CHUNK + 3));
        for (int i = 0; i < made.size(); i++) {
            assertThat(made.get(i)).isEqualTo(numbers(i + 1));
        }
        assertThat(withA.get(base.size())).isEqualTo(-1);
        assertThat(withB.get(base.size())).isEqualTo(-2);
        assertThat(base).hasSize(RecordList.CHUNK + 2).isEqualTo(numbers(RecordList.CHUNK + 2));
        assertThatThrownBy(() -> base.get(base.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static List<Integer> numbers(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    @Test
    void changes_refused() {
        List<String> r = RecordList.replaced(three, 0, "A");

        assertThatThrownBy(() -> r.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RecordList.replaced(three, 0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RecordList.replaced(three, 3, "x")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(new ArrayList<>(r)).containsExactly("A", "b", "c");
    }
}
