package com.salescallplanner.ui.prospects;

import com.salescallplanner.domain.CallPlan;
import com.salescallplanner.domain.Contact;
import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.StageId;
import com.salescallplanner.domain.StageModel;
import com.salescallplanner.ui.FakeDialogs;
import com.salescallplanner.ui.RecordingNavigator;
import com.salescallplanner.ui.TestData;
import com.salescallplanner.ui.WorkspaceEditor;
import com.salescallplanner.ui.model.Workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prints how long the prospect list takes per typed character and per data change with
 * 10,000 prospects (and 20,000 calls). Not a test: run its main, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) com.salescallplanner.ui.prospects.ProspectFilterBenchmark}.
 */
public final class ProspectFilterBenchmark {
    private ProspectFilterBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(42);
        List<StageId> stages = StageModel.defaults().stages().stream().map(s -> s.id()).toList();
        List<Prospect> prospects = new ArrayList<>();
        List<CallPlan> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Prospect p = TestData.prospect("Company " + i + " " + Long.toString(random.nextLong(), 36),
                    stages.get(random.nextInt(stages.size())), new Contact("Person " + i, "CFO", "p" + i + "@x.example"));
            prospects.add(p);
            calls.add(TestData.call(p, TestData.NOW.plusDays(random.nextInt(30) - 10), "a", "b"));
            calls.add(TestData.call(p, TestData.NOW.plusDays(random.nextInt(30) - 10), "c", "d"));
        }
        PlannerData data = PlannerData.of(StageModel.defaults(), com.salescallplanner.domain.CommitmentLadder.defaults(),
                prospects, calls);
        Workspace workspace = TestData.workspace(data);
        ProspectListViewModel vm = new ProspectListViewModel(workspace,
                new ProspectActions(new WorkspaceEditor(workspace, new FakeDialogs())), new RecordingNavigator());
        String typed = "company 12";
        long[] perKey = new long[typed.length() * 20];
        int k = 0;
        for (int round = 0; round < 20; round++) {
            vm.queryProperty().set("");
            for (int i = 1; i <= typed.length(); i++) {
                long t = System.nanoTime();
                vm.queryProperty().set(typed.substring(0, i));
                perKey[k++] = System.nanoTime() - t;
            }
        }
        long[] rebuild = new long[10];
        for (int i = 0; i < rebuild.length; i++) {
            Prospect p = workspace.data().prospects().get(i);
            long t = System.nanoTime();
            workspace.apply("rename", d -> d.withProspect(p.withDetails(p.company() + "!", "")));
            rebuild[i] = System.nanoTime() - t;
        }
        System.out.printf("%d prospects: per typed character median %.2f ms, max %.2f ms (%d keystrokes)%n", n,
                median(perKey) / 1e6, Arrays.stream(perKey).max().orElse(0) / 1e6, perKey.length);
        System.out.printf("%d prospects: rebuild after an edit median %.2f ms, max %.2f ms (%d edits)%n", n,
                median(rebuild) / 1e6, Arrays.stream(rebuild).max().orElse(0) / 1e6, rebuild.length);
    }

    private static double median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
