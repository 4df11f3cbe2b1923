package com.salescallplanner.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.Stage;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.domain.StageType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StageMapperTest {
    private final StageMapper mapper = new StageMapper(StageModel.defaults(), Map.of());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Prospecting | prospecting", "Qualification | discovery", "Needs Analysis | discovery",
            "Value Proposition | evaluation", "Id. Decision Makers | evaluation",
            "Perception Analysis | evaluation", "Proposal/Price Quote | proposal",
            "Negotiation/Review | negotiation", "Closed Won | closed-won", "Closed Lost | closed-lost",
            "appointmentscheduled | prospecting", "Appointment Scheduled | prospecting",
            "qualifiedtobuy | discovery", "Qualified To Buy | discovery",
            "presentationscheduled | evaluation", "decisionmakerboughtin | proposal",
            "Decision Maker Bought-In | proposal", "contractsent | negotiation", "Contract Sent | negotiation",
            "closedwon | closed-won", "closedlost | closed-lost"})
    void map_crmStageNames_followTheDesignTables(String crm, StageId stageId) {
        assertThat(mapper.map(crm)).contains(stageId);
    }

    @Test
    void map_ignoresCaseAndExtraBlanks() {
        assertThat(mapper.map("  needs   ANALYSIS ")).contains(StageModel.DISCOVERY);
        assertThat(mapper.map("CLOSEDWON")).contains(StageModel.CLOSED_WON);
    }

    @Test
    void map_theDataOwnStageNamesAndIds_win() {
        StageModel own = new StageModel(List.of(
                new Stage(new StageId("qualify"), "Qualification", "", StageType.OPEN),
                new Stage(new StageId("won"), "Won", "", StageType.WON)));
        StageMapper m = new StageMapper(own, Map.of());

        assertThat(m.map("qualification")).contains(new StageId("qualify"));
        assertThat(m.map("WON")).contains(new StageId("won"));
    }

    @Test
    void map_builtInTargetMissingFromTheModel_isUnknown() {
        StageModel own = new StageModel(List.of(new Stage(new StageId("open"), "Open", "", StageType.OPEN)));

        assertThat(new StageMapper(own, Map.of()).map("Closed Won")).isEmpty();
    }

    @Test
    void map_userAnswers_mapUnknownNames() {
        StageMapper m = new StageMapper(StageModel.defaults(), Map.of("Verbal Commit", StageModel.NEGOTIATION));

        assertThat(m.map("verbal commit")).contains(StageModel.NEGOTIATION);
        assertThat(m.map("Technical Win")).isEmpty();
    }
}
