package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What docs/data-format.md promises about encodings: a file saved by an editor as UTF-8 with a
 * byte-order mark, or as UTF-16 or UTF-32 (with or without one), reads as the same data; the
 * planner itself always writes UTF-8 without a mark. Other encodings are refused, file unchanged.
 */
class ByteOrderMarkTest {
    @TempDir
    Path folder;

    private static byte[] encoded(String text, Charset charset, byte... mark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mark);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    static Stream<Arguments> encodings() throws Exception {
        String json = MalformedFileTest.validJson();
        Charset utf32be = Charset.forName("UTF-32BE");
        Charset utf32le = Charset.forName("UTF-32LE");
        return Stream.of(
                Arguments.of("UTF-8 with BOM", encoded(json, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)),
                Arguments.of("UTF-16BE with BOM", encoded(json, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF)),
                Arguments.of("UTF-16LE with BOM", encoded(json, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE)),
                Arguments.of("UTF-16BE without BOM", encoded(json, StandardCharsets.UTF_16BE)),
                Arguments.of("UTF-16LE without BOM", encoded(json, StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-32BE with BOM", encoded(json, utf32be, (byte) 0, (byte) 0, (byte) 0xFE, (byte) 0xFF)),
                Arguments.of("UTF-32LE without BOM", encoded(json, utf32le)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void load_fileInAnotherUnicodeEncoding_readsTheSameData(String name, byte[] bytes) throws Exception {
        Files.write(folder.resolve(PlannerStore.FILE_NAME), bytes);
        assertThat(PlannerStore.openForReading(folder).load().data()).isEqualTo(TestData.full());
    }

    @Test
    void save_afterLoadingAUtf16File_writesUtf8WithoutAMark() throws Exception {
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.write(file, encoded(MalformedFileTest.validJson(), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(store.load().data());
        }
        byte[] saved = Files.readAllBytes(file);
        assertThat(saved[0]).isEqualTo((byte) '{');
        assertThat(new String(saved, StandardCharsets.UTF_8)).contains("\"company\": \"Acme Logistics GmbH\"");
    }

    @Test
    void load_latin1FileWithAccents_isRefusedAsInvalidUtf8AndLeftAsItIs() throws Exception {
        byte[] latin1 = MalformedFileTest.validJson().replace("\u201e", "'").replace("\u201c", "'")
                .replace("\u2014", "-").replace("\u2713", "v").getBytes(StandardCharsets.ISO_8859_1);
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.write(file, latin1);
        assertThatThrownBy(() -> PlannerStore.openForReading(folder).load()).hasMessageContaining("UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
    }
}
