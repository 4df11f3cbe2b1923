package com.salescallplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StageModelTest {

    @Test
    void defaults_followTheDesign_sevenStagesLastTwoClosed() {
        StageModel m = StageModel.defaults();
        assertThat(m.stages()).extracting(Stage::name).containsExactly("Prospecting", "Discovery", "Evaluation",
                "Proposal", "Negotiation", "Closed Won", "Closed Lost");
        assertThat(m.stages()).extracting(Stage::closed).containsExactly(false, false, false, false, false, true, true);
        assertThat(m.wonStage()).map(Stage::id).contains(StageModel.CLOSED_WON);
    }

    @Test
    void findByName_anyCaseAndBlanks_findsStage() {
        assertThat(StageModel.defaults().findByName("  closed won ")).map(Stage::id).contains(StageModel.CLOSED_WON);
        assertThat(StageModel.defaults().findByName("DISCOVERY")).map(Stage::id).contains(StageModel.DISCOVERY);
        assertThat(StageModel.defaults().findByName("Qualification")).isEmpty();
    }

    @Test
    void constructor_duplicateNameInOtherCase_rejectedNamingIt() {
        List<Stage> stages = List.of(new Stage(new StageId("a"), "Demo", "", StageType.OPEN),
                new Stage(new StageId("b"), "demo", "", StageType.OPEN));
        assertThatThrownBy(() -> new StageModel(stages)).isInstanceOf(DomainException.class)
                .hasMessageContaining("'demo' is used twice");
    }

    @Test
    void constructor_onlyClosedStages_rejected() {
        assertThatThrownBy(() -> new StageModel(List.of(new Stage(new StageId("won"), "Won", "", StageType.WON))))
                .hasMessageContaining("at least one open stage");
    }

    @Test
    void stage_invalidId_rejectedWithRule() {
        assertThatThrownBy(() -> new Stage(new StageId("Needs Analysis"), "Needs Analysis", "", StageType.OPEN))
                .hasMessageContaining("lower-case letters");
        assertThat(Stage.idFor("Needs Analysis / Q&A")).isEqualTo(new StageId("needs-analysis-q-a"));
    }

    @Test
    void indexOf_unknownStage_minusOne() {
        assertThat(StageModel.defaults().indexOf(StageModel.PROPOSAL)).isEqualTo(3);
        assertThat(StageModel.defaults().indexOf(new StageId("nope"))).isEqualTo(-1);
    }
}
