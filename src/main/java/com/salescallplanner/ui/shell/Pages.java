package com.salescallplanner.ui.shell;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.ui.ExtraPages;
import com.salescallplanner.ui.MainViewModel;
import com.salescallplanner.ui.Page;
import com.salescallplanner.ui.PageView;
import com.salescallplanner.ui.Section;
import com.salescallplanner.ui.call.CallModeView;
import com.salescallplanner.ui.call.CallModeViewModel;
import com.salescallplanner.ui.detail.ProspectDetailView;
import com.salescallplanner.ui.detail.ProspectDetailViewModel;
import com.salescallplanner.ui.plan.PlanAdvisor;
import com.salescallplanner.ui.plan.PlanEditorView;
import com.salescallplanner.ui.plan.PlanEditorViewModel;
import com.salescallplanner.ui.prospects.ProspectActions;
import com.salescallplanner.ui.prospects.ProspectListView;
import com.salescallplanner.ui.prospects.ProspectListViewModel;
import com.salescallplanner.ui.review.ReviewView;
import com.salescallplanner.ui.review.ReviewViewModel;

import java.time.Clock;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Makes the view for each page. The prospect list is made once and kept (its search and
 * selection survive visits); the other pages are made afresh and disposed when left.
 */
final class Pages {
    private final MainViewModel vm;
    private final PlanAdvisor advisor;
    private final ExtraPages extra;
    private final Clock clock;
    private final String location;
    private final List<Shortcut> shortcuts;
    private final ProspectActions actions;
    private final ProspectListView list;
    private final PageView prospectsPage;

    Pages(MainViewModel vm, PlanAdvisor advisor, ExtraPages extra, Clock clock, String location,
          List<Shortcut> shortcuts) {
        this.vm = vm;
        this.advisor = advisor;
        this.extra = extra;
        this.clock = clock;
        this.location = location;
        this.shortcuts = shortcuts;
        this.actions = new ProspectActions(vm.edits());
        ProspectListViewModel listVm = new ProspectListViewModel(vm.workspace(), actions, vm);
        listVm.selectedProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.currentProspectProperty().set(n.prospect().id());
            }
        });
        this.list = new ProspectListView(listVm);
        FirstRunView firstRun = new FirstRunView(this::newProspect, this::loadSampleData);
        firstRun.visibleProperty().bind(vm.firstRunProperty());
        firstRun.disableProperty().bind(firstRunBusy);
        list.node().visibleProperty().bind(vm.firstRunProperty().not());
        StackPane stack = new StackPane(list.node(), firstRun);
        this.prospectsPage = new PageView() {
            @Override
            public Node node() {
                return stack;
            }

            @Override
            public void focusFirst() {
                list.focusFirst();
            }
        };
    }

    /** Shortcut+N and the first-run button: add a prospect and open it. */
    void newProspect() {
        if (vm.navigate(new Page.Home(Section.PROSPECTS))) {
            actions.create().ifPresent(vm::showProspect);
        }
    }

    /** Makes the sample off the JavaFX thread (a large one takes a moment), then adds it as one edit. */
    private void loadSampleData() {
        Task<PlannerData> task = new javafx.concurrent.Task<>() {
            @Override
            protected PlannerData call() {
                return vm.makeSampleData();
            }
        };
        task.setOnSucceeded(e -> vm.useSampleData(task.getValue()));
        task.setOnFailed(e -> vm.edits().dialogs().showError("Cannot load sample data",
                String.valueOf(task.getException().getMessage())));
        firstRunBusy.bind(task.runningProperty());
        Thread t = new Thread(task, "sample-data");
        t.setDaemon(true);
        t.start();
    }

    private final BooleanProperty firstRunBusy = new SimpleBooleanProperty(false);

    ProspectListView list() {
        return list;
    }

    /** Whether a page is the kept one (never disposed). */
    boolean isKept(PageView p) {
        return p == prospectsPage;
    }

    PageView create(Page page) {
        if (page instanceof Page.ProspectDetail d) {
            return new ProspectDetailView(new ProspectDetailViewModel(vm.edits(), vm, actions, d.prospect()));
        }
        if (page instanceof Page.PlanEditor p) {
            return new PlanEditorView(new PlanEditorViewModel(vm.edits(), vm, advisor, p.prospect(), p.call()));
        }
        if (page instanceof Page.CallMode c) {
            return new CallModeView(new CallModeViewModel(vm.edits(), vm, c.call()), clock);
        }
        if (page instanceof Page.Review r) {
            return new ReviewView(new ReviewViewModel(vm.edits(), vm, advisor, r.call()));
        }
        Section s = page.section();
        return switch (s) {
            case PROSPECTS -> prospectsPage;
            case HELP -> new HelpView(shortcuts);
            case SETTINGS -> new SettingsView(vm.darkProperty(), location);
            case TODAY, PIPELINE, REPORTS -> extra.create(s, vm.workspace(), vm);
        };
    }
}
