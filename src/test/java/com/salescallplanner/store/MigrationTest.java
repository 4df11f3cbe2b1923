package com.salescallplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salescallplanner.domain.CallId;
import com.salescallplanner.domain.CallOutcome;
import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.CallProgress;
import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.NextStep;
import com.salescallplanner.domain.Objective;
import com.salescallplanner.domain.OutcomeType;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.ProspectId;
import com.salescallplanner.domain.Qualification;
import com.salescallplanner.domain.StageChange;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.UpfrontContract;
import com.salescallplanner.store.format.PlannerJson;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file written by the first release (format 1) opens, converts, and keeps its original. */
class MigrationTest {
    @TempDir
    Path folder;

    static byte[] v1Fixture() throws Exception {
        try (InputStream in = MigrationTest.class.getResourceAsStream("planner-v1.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void load_version1File_isConvertedToTheSameData() throws Exception {
        Files.write(folder.resolve(PlannerStore.FILE_NAME), v1Fixture());
        LoadResult r = PlannerStore.openForReading(folder).load();
        assertThat(r.migrated()).isTrue();
        assertThat(r.fileVersion()).isEqualTo(1);
        assertThat(r.notice()).hasValueSatisfying(n -> assertThat(n).contains("older version"));
        PlannerData d = r.data();
        assertThat(d.stages().stages()).extracting(s -> s.id() + "/" + s.type()).containsExactly(
                "prospecting/OPEN", "discovery/OPEN", "evaluation/OPEN", "proposal/OPEN", "negotiation/OPEN",
                "closed-won/WON", "closed-lost/LOST");
        assertThat(d.ladder().rung(CommitmentKind.EVALUATE).earliestStageId()).isEqualTo(StageModel.EVALUATION);
        Prospect acme = new Prospect(new ProspectId("acme"), "Acme Logistics", "Fleet telematics",
                List.of(new Contact("Dana Kim", "CFO", "dana@acme.example")), StageModel.EVALUATION,
                List.of(new StageChange(StageModel.PROSPECTING, LocalDate.of(2025, 1, 6)),
                        new StageChange(StageModel.DISCOVERY, LocalDate.of(2025, 2, 3)),
                        new StageChange(StageModel.EVALUATION, LocalDate.of(2025, 3, 4))),
                new Qualification("Cut fuel cost 8%", "Dana Kim", "", "", "", "Manual dispatch", "", "FleetCo"),
                "SF-1", new BigDecimal("48000.0"), "Imported from the first release");
        assertThat(d.prospects().get(0)).isEqualTo(acme);
        assertThat(d.prospects().get(1).stageId()).isEqualTo(StageModel.CLOSED_LOST);
        CallPlan c1 = new CallPlan(new CallId("c1"), acme.id(),
                ZonedDateTime.of(2025, 3, 4, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), Duration.ofMinutes(45),
                List.of("Dana Kim"), StageModel.DISCOVERY,
                new UpfrontContract("Agree the pilot", "Cost", "Scope", "45 minutes", "Yes or no on the pilot"),
                new Objective(Level.STRETCH, "Dana commits the IT team to a pilot by March 20", CommitmentKind.EVALUATE,
                        "Dana Kim", LocalDate.of(2025, 3, 20)),
                Objective.of(Level.CONSERVATIVE, "Dana shares the fleet data by Friday"),
                List.of("Who signs?"), new CallProgress(true, true, "Good call", Instant.parse("2025-03-04T09:01:00Z")),
                new CallOutcome(OutcomeType.ADVANCE, true, true, "Pilot agreed", StageModel.EVALUATION,
                        new NextStep("Pilot kick-off", LocalDate.of(2025, 3, 20)), LocalDate.of(2025, 3, 4)));
        assertThat(d.calls().get(0)).isEqualTo(c1);
        assertThat(d.calls().get(1).start()).isEqualTo(
                ZonedDateTime.of(2025, 3, 20, 14, 30, 0, 0, ZoneId.of("America/Chicago")));
        assertThat(d.calls().get(1).stretch()).isEqualTo(Objective.empty(Level.STRETCH));
        assertThat(d.calls().get(2).conservative().text()).isEqualTo("They book a second meeting");
        assertThat(d.calls().get(2).outcome().stageAfterId()).isEqualTo(StageModel.CLOSED_LOST);
    }

    @Test
    void save_afterMigration_writesTheCurrentFormatAndKeepsTheOriginal() throws Exception {
        byte[] original = v1Fixture();
        Files.write(folder.resolve(PlannerStore.FILE_NAME), original);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            PlannerData d = store.load().data();
            store.save(d);
            assertThat(store.load().fileVersion()).isEqualTo(PlannerJson.CURRENT_VERSION);
            assertThat(store.load().data()).isEqualTo(d);
        }
        try (Stream<Path> files = Files.list(folder.resolve(PlannerStore.BACKUP_FOLDER))) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("planner-v1-original-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(original);
        }
    }

    @Test
    void load_version1FileWithUnknownStageName_namesTheOldField() throws Exception {
        String broken = new String(v1Fixture(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"stageAtPlanning\": \"Evaluation\"", "\"stageAtPlanning\": \"Qualify\"");
        Files.writeString(folder.resolve(PlannerStore.FILE_NAME), broken);
        assertThatThrownBy(() -> PlannerStore.openForReading(folder).load())
                .hasMessageContaining("calls[1].stageAtPlanning").hasMessageContaining("'Qualify'");
        assertThat(Files.readString(folder.resolve(PlannerStore.FILE_NAME))).isEqualTo(broken);
    }
    @Test
    void load_version2BodyLabelledVersion1_isRefusedNamingTheMismatch_andTheFileStaysAsItIs() throws Exception {
        // Converted as format 1, the stages' "type" would be dropped: Closed Won and Closed Lost would become open.
        byte[] mislabelled = MalformedFileTest.validJson().replace("\"schemaVersion\": 3", "\"schemaVersion\": 1")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.write(file, mislabelled);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            assertThatThrownBy(store::load).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.UNREADABLE);
                assertThat(e.getMessage()).isEqualTo(file + " cannot be read at stages[0].id: the file declares "
                        + "schemaVersion 1, but this field only exists in format 2. Its content does not match its "
                        + "declared version, and converting it as format 1 would lose data; if it is a format-2 file, "
                        + "correct schemaVersion to 2. The file is unchanged. There is no readable backup.");
            });
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(mislabelled);
        assertThat(folder.resolve(PlannerStore.BACKUP_FOLDER)).doesNotExist();
    }

    @Test
    void load_version1FileWithOneFormat2Field_isRefusedAtThatField() throws Exception {
        String mixed = new String(v1Fixture(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"durationMinutes\": 45", "\"durationMinutes\": 45, \"timeZone\": \"Europe/Berlin\"");
        Files.writeString(folder.resolve(PlannerStore.FILE_NAME), mixed);
        assertThatThrownBy(() -> PlannerStore.openForReading(folder).load())
                .hasMessageContaining("at calls[0].timeZone: the file declares schemaVersion 1, but this field only "
                        + "exists in format 2");
        assertThat(Files.readString(folder.resolve(PlannerStore.FILE_NAME))).isEqualTo(mixed);
    }

    /** A format-2 file: the last one without learned phrasings (the writer's output, labelled 2, the field left out). */
    private static String version2Json() throws Exception {
        String v3 = MalformedFileTest.validJson();
        return v3.replace("\"schemaVersion\": 3", "\"schemaVersion\": 2")
                .substring(0, v3.indexOf(",\n  \"learnedPhrasings\"")) + "\n}\n";
    }

    @Test
    void load_version2File_readsWithNoLearnedPhrasings_andTheFirstSaveWritesFormat3() throws Exception {
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        String v2 = version2Json();
        assertThat(v2).doesNotContain("learnedPhrasings").endsWith("]\n}\n");
        Files.writeString(file, v2);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            LoadResult r = store.load();
            assertThat(r.migrated()).isTrue();
            assertThat(r.fileVersion()).isEqualTo(2);
            assertThat(r.data().learned()).isEmpty();
            assertThat(r.data().prospects()).isEqualTo(TestData.full().prospects());
            assertThat(r.data().calls()).isEqualTo(TestData.full().calls());
            store.save(r.data());
        }
        assertThat(Files.readString(file)).contains("\"schemaVersion\": " + PlannerJson.CURRENT_VERSION)
                .contains("\"learnedPhrasings\": []");
    }

    @Test
    void load_learnedPhrasingsInAFileLabelledVersion2_isRefusedNamingTheField() throws Exception {
        String mislabelled = MalformedFileTest.validJson().replace("\"schemaVersion\": 3", "\"schemaVersion\": 2");
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.writeString(file, mislabelled);
        assertThatThrownBy(() -> PlannerStore.openForReading(folder).load()).isInstanceOf(StoreException.class)
                .hasMessageContaining("at learnedPhrasings: this field only exists from format 3")
                .hasMessageContaining("correct schemaVersion to 3");
        assertThat(Files.readString(file)).isEqualTo(mislabelled);
    }

    /** The prospect amount of the current format's text with the first prospect's 125000.50 replaced. */
    private static BigDecimal currentFormatAmount(String amount) throws Exception {
        String v3 = MalformedFileTest.validJson().replace("125000.50", amount);
        PlannerData d = PlannerJson.read(v3.getBytes(java.nio.charset.StandardCharsets.UTF_8)).data();
        return d.prospects().get(0).amount();
    }

    /** Opens the file (an older format), checks the first prospect's amount, saves, and returns the saved text. */
    private String openAndSave(String fileText, BigDecimal expected) throws Exception {
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.writeString(file, fileText);
        try (PlannerStore store = PlannerStore.openForWriting(folder)) {
            LoadResult r = store.load();
            assertThat(r.migrated()).isTrue();
            // BigDecimal.equals: the same digits and the same scale (125000.50 is not 125000.5)
            assertThat(r.data().prospects().get(0).amount()).isEqualTo(expected);
            store.save(r.data());
            assertThat(store.load().data().prospects().get(0).amount()).isEqualTo(expected);
        }
        return Files.readString(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234567.89", "125000.50", "0.10", "123456789012345678901234567890",
        "98765432109876543210.0123456789"})
    void load_version1FileWithExactAmount_keepsItAsTheCurrentFormatReadsIt_andTheFirstSaveWritesItUnchanged(
            String amount) throws Exception {
        BigDecimal written = new BigDecimal(amount);
        assertThat(currentFormatAmount(amount)).isEqualTo(written);
        String v1 = new String(v1Fixture(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(v1).contains("\"amount\": 48000.0,");
        String saved = openAndSave(v1.replace("\"amount\": 48000.0,", "\"amount\": " + amount + ","), written);
        assertThat(saved).contains("\"schemaVersion\": " + PlannerJson.CURRENT_VERSION)
                .contains("\"amount\": " + amount + ",");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234567.89", "125000.50", "0.10", "123456789012345678901234567890"})
    void load_version2FileWithExactAmount_readsTheSameProspectsAsTheCurrentFormat_andSavesTheAmountUnchanged(
            String amount) throws Exception {
        String v3 = MalformedFileTest.validJson().replace("125000.50", amount);
        List<Prospect> current = PlannerJson.read(v3.getBytes(java.nio.charset.StandardCharsets.UTF_8)).data()
                .prospects();
        String v2 = version2Json().replace("125000.50", amount);
        String saved = openAndSave(v2, new BigDecimal(amount));
        assertThat(PlannerStore.openForReading(folder).load().data().prospects()).isEqualTo(current);
        assertThat(saved).contains("\"amount\": " + amount + ",");
    }

    @Test
    void load_version1FileWithHostileAmountExponent_isRefusedAtTheAmount_andTheFileStaysAsItIs() throws Exception {
        String hostile = new String(v1Fixture(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"amount\": 48000.0,", "\"amount\": 1e999999999,");
        Path file = folder.resolve(PlannerStore.FILE_NAME);
        Files.writeString(file, hostile);
        assertThatThrownBy(() -> PlannerStore.openForReading(folder).load()).isInstanceOf(StoreException.class)
                .hasMessageContaining("prospects[0].amount").hasMessageContaining("out of range");
        assertThat(Files.readString(file)).isEqualTo(hostile);
    }
}
