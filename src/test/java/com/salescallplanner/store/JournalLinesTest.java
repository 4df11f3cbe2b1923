package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.store.edits.PlannerDiff.Change;
import com.salescallplanner.store.edits.RecordKey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** An edit's journal line reads back as written, whatever its key and body hold. */
class JournalLinesTest {
    private static final JournalLines.Base BASE = new JournalLines.Base(1234, 0xCAFEBABEL);

    private static JournalLines.Contents journalWith(byte[] line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(JournalLines.header(BASE));
        out.writeBytes(line);
        return JournalLines.read(out.toByteArray());
    }

    @Test
    void quoted_idOfTheDomainsForm_writtenAsItIs() {
        assertThat(JournalLines.quoted(RecordKey.prospect("Ab-9_z"))).isEqualTo("\"prospect:Ab-9_z\"");
        assertThat(JournalLines.quoted(RecordKey.SETTINGS)).isEqualTo("\"settings:\"");
    }

    @Test
    void quoted_keyNeedingEscapes_escapedAsJsonRequires() {
        assertThat(JournalLines.quoted(RecordKey.call("a\"b\\c\u0001"))).isEqualTo("\"call:a\\\"b\\\\c\\u0001\"");
    }

    @Test
    void edit_nonAsciiBodyAndOddKey_readsBackExactly() {
        String body = "{\"company\":\"Müller & Søn – 東京\",\"notes\":\"line\\nbreak\"}";
        Change c = new Change(RecordKey.prospect("p \"1\""), body, "");

        JournalLines.Contents read = journalWith(JournalLines.edit(7, c, 0));

        assertThat(read.problem()).isNull();
        assertThat(read.edits()).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(7);
            assertThat(e.key()).isEqualTo(c.key());
            assertThat(e.body()).isEqualTo(body);
            assertThat(e.rest()).isZero();
        });
    }

    @Test
    void edit_oneByteChanged_reportedAsDamage_notApplied() {
        byte[] line = JournalLines.edit(1, new Change(RecordKey.prospect("p1"), "{\"company\":\"Acme\"}", ""), 0);
        int at = new String(line, StandardCharsets.UTF_8).indexOf("Acme");
        line[at] = 'X';

        JournalLines.Contents read = journalWith(line);

        assertThat(read.edits()).isEmpty();
        assertThat(read.problem()).isNotNull();
        assertThat(read.problem().torn()).isFalse();
    }
}
