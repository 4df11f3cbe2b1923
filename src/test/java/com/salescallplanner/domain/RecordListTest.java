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
