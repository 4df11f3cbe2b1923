package com.salescallplanner.ui.today;

import com.salescallplanner.ui.FirstRowOnFocus;
import com.salescallplanner.domain.report.AgendaCall;
import com.salescallplanner.ui.computed.OnScreen;
import com.salescallplanner.ui.today.TodayViewModel.CallEntry;
import com.salescallplanner.ui.today.TodayViewModel.Entry;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Today: the week's calls by day on the left, the calls waiting for a review on the right.
 * Enter starts the selected call (or reviews it, in the review list); on a day with no call it
 * plans one with the prospect that waited longest. Refreshes every minute
 * while shown, because calls end and days turn without the data changing.
 */
public final class TodayView extends BorderPane {
    private final ListView<Entry> agenda;
    private final ListView<AgendaCall> reviews;
    private final Timeline clock;
    private final BooleanBinding showing;

    public TodayView(TodayViewModel vm) {
        getStyleClass().add(TodayStyles.VIEW);
        getStylesheets().add(TodayStyles.stylesheet());

        Label title = new Label("Today");
        title.getStyleClass().add(Styles.TITLE_2);
        Label headline = new Label();
        headline.textProperty().bind(vm.headlineProperty());
        headline.getStyleClass().add(TodayStyles.HEADLINE);
        VBox header = new VBox(2, title, headline);
        header.getStyleClass().add(TodayStyles.HEADER);
        setTop(header);

        agenda = new ListView<>(vm.agenda());
        FirstRowOnFocus.install(agenda, e -> !(e instanceof TodayViewModel.DayHeading));
        agenda.setId("agenda");
        agenda.getStyleClass().add(TodayStyles.AGENDA);
        agenda.setCellFactory(l -> new AgendaCell(vm));
        agenda.setOnKeyPressed(e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            Entry selected = agenda.getSelectionModel().getSelectedItem();
            if (selected instanceof CallEntry c) {
                vm.startCall(c.call());
                e.consume();
            } else if (selected instanceof TodayViewModel.NothingToday n) {
                // The card's first button: plan a call with the prospect that waited longest.
                n.suggestion().ifPresentOrElse(s -> vm.planCall(s.prospect().id()), vm::openProspects);
                e.consume();
            }
        });
        HBox.setHgrow(agenda, Priority.ALWAYS);

        Label reviewTitle = new Label("Needs review");
        reviewTitle.getStyleClass().add(Styles.TITLE_4);
        reviewTitle.setPadding(new Insets(16, 0, 0, 2)); // level with the agenda's first day heading
        reviews = new ListView<>(vm.needsReview());
        FirstRowOnFocus.install(reviews);
        reviews.setId("needs-review");
        reviews.getStyleClass().add(TodayStyles.REVIEW_LIST);
        reviews.setCellFactory(l -> new ReviewCell(vm));
        Label allReviewed = new Label("Every past call has its outcome.", new FontIcon(Feather.CHECK_CIRCLE));
        allReviewed.getStyleClass().add(Styles.TEXT_MUTED);
        // At the top, beside the agenda's first day, not adrift in the middle of an empty column.
        StackPane.setAlignment(allReviewed, Pos.TOP_LEFT);
        allReviewed.setPadding(new Insets(6, 2, 0, 2));
        reviews.setPlaceholder(allReviewed);
        reviews.setOnKeyPressed(e -> {
            AgendaCall c = reviews.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && c != null) {
                vm.review(c);
                e.consume();
            }
        });
        VBox.setVgrow(reviews, Priority.ALWAYS);
        VBox reviewPane = new VBox(8, reviewTitle, reviews);
        reviewPane.getStyleClass().add(TodayStyles.REVIEW_PANE);

        HBox body = new HBox(16, agenda, reviewPane);
        body.getStyleClass().add("today-body");
        setCenter(body);

        clock = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.refresh()));
        clock.setCycleCount(Animation.INDEFINITE);
        showing = OnScreen.track(this, on -> {
            vm.setShowing(on);
            if (on) {
                clock.play();
            } else {
                clock.stop();
            }
        });
    }

    /** Puts the keyboard on the agenda: arrows move between calls, Enter starts one. */
    public void focusFirst() {
        agenda.requestFocus();
    }
}
