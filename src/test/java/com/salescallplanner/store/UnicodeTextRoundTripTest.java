package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emoji (outside the basic plane), CJK and right-to-left text survive planner.json unchanged. */
class UnicodeTextRoundTripTest {
    /** A rocket and a family emoji (joined by zero-width joiners), Tokyo in kanji, a company in Arabic. */
    static final String NAME = "\uD83D\uDE80 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 東京精密 شركة الأفق";

    @TempDir
    Path folder;

    @Test
    void saveThenLoad_emojiCjkAndArabic_comeBackCharForChar() throws Exception {
        Prospect p = Prospect.create(NAME, "導入 \u2014 صفقة \uD83D\uDCBC", StageModel.DISCOVERY, LocalDate.of(2026, 12, 1))
                .withContacts(List.of(new Contact("李小龍", "مدير المشتريات", "li@example.com")))
                .withNotes("מחיר \u05E2\u05DD RTL and LTR mixed, \uD83D\uDC4D");
        PlannerData data = PlannerData.empty().withProspect(p);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(data);
        }
        PlannerData back = PlannerStore.openForReading(folder).load().data();
        assertThat(back).isEqualTo(data);
        assertThat(back.prospects().get(0).company()).isEqualTo(NAME);
        // Written as UTF-8 characters, so the file reads as the rep typed it in any editor.
        String json = Files.readString(folder.resolve("planner.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("東京精密", "شركة الأفق");
    }
}
