package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a file can be unreadable: the load fails with a message that names the file, says
 * where the problem is, and the file stays byte for byte as it was.
 */
class MalformedFileTest {
    @TempDir
    Path folder;

    static String validJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlannerJson.write(TestData.full(), Instant.parse("2026-05-01T10:00:00Z"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Arguments edit(String name, UnaryOperator<String> edit, String where, String what) {
        return Arguments.of(name, (UnaryOperator<byte[]>) b -> edit.apply(new String(b, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8), where, what);
    }

    private static Arguments bytes(String name, UnaryOperator<byte[]> edit, String where, String what) {
        return Arguments.of(name, edit, where, what);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                bytes("empty file", b -> new byte[0], "top level", "empty"),
                edit("not JSON at all", s -> "Name;Company\nAcme;Acme Inc\n", "line 1, column 1", "not valid JSON"),
                edit("JSON but not an object", s -> "[1, 2, 3]", "line 1, column 1", "does not start with '{'"),
                edit("truncated", s -> s.substring(0, s.length() / 2), "line ", "ends too early"),
                edit("trailing garbage", s -> s + "}", "line ", "not valid JSON"),
                edit("a second document after the planner", s -> s + "{\"x\": 1}\n", "line ",
                        "more follows the end of the planner"),
                edit("missing schemaVersion", s -> s.replace("\"schemaVersion\": 3,", ""), "schemaVersion", "missing"),
                edit("schemaVersion as text", s -> s.replace("\"schemaVersion\": 3", "\"schemaVersion\": \"2\""),
                        "schemaVersion", "whole number"),
                edit("text where a list belongs", s -> s.replace("\"questions\": [", "\"questions\": \"x\", \"q\": ["),
                        "calls[0].questions", "expected a list"),
                edit("number where text belongs", s -> s.replace("\"company\": \"Acme Logistics GmbH\"", "\"company\": 5"),
                        "prospects[0].company", "expected text"),
                edit("text where a number belongs", s -> s.replace("\"rank\": 1,", "\"rank\": \"1\","),
                        "ladder[0].rank", "whole number"),
                edit("fraction where a whole number belongs", s -> s.replace("\"rank\": 1,", "\"rank\": 1.5,"),
                        "ladder[0].rank", "whole number"),
                edit("text where true/false belongs", s -> s.replaceFirst("\"stretchMet\": true", "\"stretchMet\": \"yes\""),
                        "calls[0].progress.stretchMet", "true or false"),
                edit("empty contact name", s -> s.replace("\"name\": \"Jörg Müller\"", "\"name\": \" \""),
                        "prospects[0].contacts[1].name", "must not be empty"),
                edit("invalid date", s -> s.replace("\"date\": \"2026-02-01\"", "\"date\": \"2026-02-30\""),
                        "prospects[0].stageHistory[1].date", "not a date"),
                edit("unknown enum value", s -> s.replace("\"type\": \"ADVANCE\"", "\"type\": \"WIN\""),
                        "calls[0].outcome.type", "not one of ORDER, ADVANCE, CONTINUATION, NO_SALE"),
                edit("unknown stage", s -> s.replace("\"stageIdAtPlanning\": \"discovery\"",
                        "\"stageIdAtPlanning\": \"qualify\""), "calls[0].stageIdAtPlanning", "not in the stage model"),
                edit("bad time zone", s -> s.replace("\"Europe/Berlin\"", "\"Mars/Olympus\""), "calls[0].timeZone",
                        "not a time zone"),
                edit("negative amount", s -> s.replace("125000.50", "-1"), "prospects[0]", "must not be negative"),
                edit("hostile amount exponent", s -> s.replace("125000.50", "1e999999999"), "prospects[0].amount",
                        "out of range"),
                edit("duplicate prospect id", s -> s.replace("\"id\": \"bare_2\"", "\"id\": \"acme-1\"")
                        .replace("\"prospectId\": \"bare_2\"", "\"prospectId\": \"acme-1\""),
                        "prospects[1].id", "used twice (also at prospects[0].id)"),
                edit("duplicate key", s -> s.replace("\"crmId\": \"SF-0061\"", "\"crmId\": \"SF-0061\", \"crmId\": \"x\""),
                        "line ", "same field appears twice"),
                edit("misspelled field", s -> s.replace("\"email\": \"dana@acme.example\"", "\"emial\": \"dana@acme.example\""),
                        "prospects[0].contacts[0].emial", "unknown field 'emial'"),
                edit("call of an unknown prospect", s -> s.replace("\"prospectId\": \"bare_2\"", "\"prospectId\": \"gone\""),
                        "calls[2].prospectId", "no prospect has the id gone"),
                edit("history not ending at the current stage", s -> s.replace("\"stageId\": \"technical-win\",\n      \"stageHistory\"",
                        "\"stageId\": \"discovery\",\n      \"stageHistory\""), "prospects[0]",
                        "last stage change of Acme Logistics GmbH must be its current stage"),
                edit("objective longer than allowed", s -> s.replaceFirst("\"stretch\": \\{\n( *)\"text\": \"",
                        "\"stretch\": {\n$1\"text\": \"" + "x".repeat(1_001)), "calls[0].stretch.text",
                        "Stretch objective is too long"),
                edit("objective's owner longer than allowed", s -> s.replaceFirst("\"owner\": \"\"",
                        "\"owner\": \"" + "x".repeat(201) + "\""), "calls[0].conservative.owner",
                        "Owner of the conservative objective is too long"),
                edit("text longer than allowed", s -> s.replace("\"notes\": \"Went well\"",
                        "\"notes\": \"" + "x".repeat(10_001) + "\""), "calls[0].progress.notes", "too long"),
                edit("hostile nesting depth", s -> s.replaceFirst("\\{", "{\"deep\": " + "[".repeat(5_000) + "]".repeat(5_000)
                        + ","), "line 1", "nesting depth"),
                edit("hostile string length", s -> s.replace("\"notes\": \"Went well\"",
                        "\"notes\": \"" + "x".repeat(2_000_000) + "\""), "calls[0].progress.notes", "safety limit"),
                bytes("invalid UTF-8", b -> {
                    byte[] c = b.clone();
                    int i = new String(b, StandardCharsets.ISO_8859_1).indexOf("Bare Co");
                    c[i] = (byte) 0xC3;
                    c[i + 1] = (byte) 0x28;
                    return c;
                }, "line ", "UTF-8"),
                edit("learned phrasing that corrects nothing", s -> s.replace("\"kind\": \"EVALUATE\",\n      \"owner\": \"plant manager\",\n      \"buyerCommits\": true",
                        "\"kind\": null,\n      \"owner\": null,\n      \"buyerCommits\": null"), "learnedPhrasings[0]",
                        "must correct the kind, the owner or whether the buyer commits"),
                edit("learned phrasing contradicting itself", s -> s.replace("\"buyerCommits\": true", "\"buyerCommits\": false"),
                        "learnedPhrasings[0]", "cannot say the buyer does not commit and have the kind EVALUATE"),
                edit("learned phrasing of an unknown kind", s -> s.replace("\"kind\": \"EVALUATE\",\n      \"owner\"",
                        "\"kind\": \"TRIAL\",\n      \"owner\""), "learnedPhrasings[0].kind", "not one of NEXT_MEETING"),
                edit("learned phrasing without its phrasing", s -> s.replace("\"phrasing\": \"<name> run kit at plant\",", ""),
                        "learnedPhrasings[0].phrasing", "is missing"),
                edit("the same phrasing learned twice", s -> s.replace("\"thank them for time „größer“\"",
                        "\"<name> run kit at plant\""), "learnedPhrasings[1].phrasing", "learned twice (also at learnedPhrasings[0].phrasing)"),
                edit("two stretch objectives is impossible: swapped level field", s -> s.replaceFirst("\"stretch\": \\{",
                        "\"stretch\": {\"level\": \"CONSERVATIVE\", "), "calls[0].stretch", "unknown field 'level'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void load_brokenFile_namesFileAndPlace_andLeavesItByteIdentical(String name, UnaryOperator<byte[]> breakIt,
                                                                     String where, String what) throws Exception {
        byte[] broken = breakIt.apply(validJson().getBytes(StandardCharsets.UTF_8));
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.write(file, broken);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::load).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.UNREADABLE);
                assertThat(e.getMessage()).startsWith(file.toString()).contains(where).contains(what)
                        .contains("The file is unchanged");
                assertThat(e.getMessage()).doesNotContain("tools.jackson", "Exception", "\n");
            });
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(PlannerStore.FILE_NAME, FolderLock.FILE_NAME);
    }

    @Test
    void load_brokenFileWithBackups_namesTheNewestReadableBackup() throws Exception {
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(TestData.full());
            store.save(PlannerData.empty());
            store.save(TestData.full());
        }
        Files.writeString(file, "{\"schemaVersion\": 3, ");
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            Backup newest = store.backups().get(0);
            Files.writeString(newest.path(), "garbage"); // the newest backup is broken too: the next one is offered
            Backup readable = store.backups().get(1);
            assertThatThrownBy(store::load).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.newestBackup()).contains(readable);
                assertThat(e.getMessage()).contains("newest readable backup is " + readable.displayName());
            });
        }
    }

    @Test
    void save_afterSomeoneBrokeTheFile_setsItAsideInsteadOfOverwritingOrBackingItUp() throws Exception {
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            store.save(TestData.full());
            int backupsBefore = store.backups().size();
            Files.writeString(file, "{ broken by hand");
            store.save(PlannerData.empty());
            assertThat(store.backups()).hasSize(backupsBefore);
            try (Stream<Path> files = Files.list(folder)) {
                Path aside = files.filter(p -> p.getFileName().toString().startsWith("planner-unreadable-"))
                        .findFirst().orElseThrow();
                assertThat(Files.readString(aside)).isEqualTo("{ broken by hand");
            }
            assertThat(store.load().data()).isEqualTo(PlannerData.empty());
        }
    }
}
