package com.salescallplanner.ui.today;

import com.salescallplanner.domain.report.StrandedProspect;

import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "No calls today - plan one": offers to plan a call with the prospect that has waited longest
 * without a commitment, and to open the prospect list.
 */
final class EmptyTodayCard extends VBox {
    static final String NO_CALLS = "No calls today - plan one";

    private final TodayViewModel vm;
    private final Label why = new Label();
    private final Button plan = new Button("", new FontIcon(Feather.PLUS));
    private final Button prospects = new Button("Open prospects", new FontIcon(Feather.USERS));

    EmptyTodayCard(TodayViewModel vm) {
        this.vm = vm;
        getStyleClass().add(TodayStyles.EMPTY_STATE);
        Label title = new Label(NO_CALLS, new FontIcon(Feather.SUN));
        title.getStyleClass().add(Styles.TITLE_4);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.setWrapText(true);
        plan.getStyleClass().add(Styles.ACCENT);
        prospects.getStyleClass().add(Styles.BUTTON_OUTLINED);
        prospects.setOnAction(e -> vm.openProspects());
        getChildren().addAll(title, why, new HBox(8, plan, prospects));
    }

    void show(TodayViewModel.NothingToday nothing) {
        Optional<StrandedProspect> suggestion = nothing.suggestion();
        plan.setVisible(suggestion.isPresent());
        plan.setManaged(suggestion.isPresent());
        suggestion.ifPresentOrElse(s -> {
            plan.setText("Plan a call with " + s.prospect().company());
            plan.setOnAction(e -> vm.planCall(s.prospect().id()));
            // A few words fit the card's one line; the full sentence is in the tooltip.
            why.setText(s.prospect().company() + " has waited longest: " + s.reason().toLowerCase(Locale.ROOT) + ".");
            why.setTooltip(new Tooltip(s.explanation()));
        }, () -> {
            why.setText(nothing.noOpenProspects() ? "No open prospects yet: add them, or import them from your CRM, "
                    + "on the prospect list." : "Every open prospect has a dated next step.");
            why.setTooltip(null);
        });
    }
}
