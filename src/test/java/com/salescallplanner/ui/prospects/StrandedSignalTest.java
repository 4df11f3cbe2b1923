package com.salescallplanner.ui.prospects;

import static com.salescallplanner.ui.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.report.Pipeline;
import com.salescallplanner.domain.report.PipelineCard;
import com.salescallplanner.domain.report.StrandedProspect;
import com.salescallplanner.domain.sample.SampleGenerator;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * "Stranded" means the same on the list, the board, the reports' stranded list and Today: a
 * prospect just added or with a call planned ahead never carries it, and the reason is the same
 * sentence everywhere.
 */
class StrandedSignalTest {
    private static ProspectListViewModel list(PlannerData data) {
        Workspace w = TestData.workspace(data);
        return new ProspectListViewModel(w, new ProspectActions(new WorkspaceEditor(w, new FakeDialogs())),
                new RecordingNavigator());
    }

    @Test
    void justAddedAndCalledTomorrow_notStranded_theIdleOneIs_withTheReason() {
        ProspectListViewModel vm = list(StrandedSignalFixtures.data());
        Map<String, ProspectRow> rows = new HashMap<>();
        vm.rows().forEach(r -> rows.put(r.prospect().company(), r));
        assertThat(rows.get("Fresh Start").stranded()).isFalse();
        assertThat(rows.get("Tomorrow Tools").stranded()).isFalse();
        assertThat(rows.get("Idle Industries").stranded()).isTrue();
        assertThat(rows.get("Idle Industries").strandedWhy())
                .isEqualTo("No call planned and no dated next step; last contact 23 days ago.");
        vm.filterProperty().set(ProspectFilter.STRANDED);
        assertThat(vm.rows()).extracting(r -> r.prospect().company()).containsExactly("Idle Industries");
    }

    @Test
    void listBoardAndReports_agreeOnWhoIsStrandedAndWhy_onSampleData() {
        PlannerData sample = SampleGenerator.generate(60, 300, 11, NOW);
        assertAgree(sample);
        assertAgree(StrandedSignalFixtures.data());
    }

    private static void assertAgree(PlannerData data) {
        Pipeline pipeline = Pipeline.of(data, NOW);
        Map<String, String> onBoard = new HashMap<>();
        pipeline.columns().forEach(c -> c.cards().stream().filter(PipelineCard::stranded)
                .forEach(card -> onBoard.put(card.prospect().id().value(), card.strandedReason())));
        Map<String, String> inReports = new HashMap<>();
        for (StrandedProspect s : pipeline.stranded()) {
            inReports.put(s.prospect().id().value(), s.why());
        }
        Map<String, String> onList = new HashMap<>();
        List<ProspectRow> rows = list(data).rows();
        rows.stream().filter(ProspectRow::stranded).forEach(r -> onList.put(r.prospect().id().value(), r.strandedWhy()));
        assertThat(rows).hasSize(data.prospects().size());
        assertThat(onList).isNotEmpty().isEqualTo(onBoard).isEqualTo(inReports);
        assertThat(onList.values()).allSatisfy(why -> assertThat(why).startsWith("No call planned"));
        // Nobody with a call ahead is stranded, on any of them.
        rows.stream().filter(r -> r.nextCall() != null).forEach(r -> assertThat(onList).doesNotContainKey(r.prospect().id().value()));
    }
}
