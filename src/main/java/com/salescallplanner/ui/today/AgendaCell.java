package com.salescallplanner.ui.today;

import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.report.AgendaCall;
import com.salescallplanner.ui.today.TodayViewModel.CallEntry;
import com.salescallplanner.ui.today.TodayViewModel.DayHeading;
import com.salescallplanner.ui.today.TodayViewModel.Entry;
import com.salescallplanner.ui.today.TodayViewModel.NothingToday;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A line of the agenda: a day heading, a call card, or the "no calls today" card. */
final class AgendaCell extends ListCell<Entry> {
    static final String START_CALL = "Start call";
    static final String RESUME_CALL = "Resume call";
    static final String EDIT_PLAN = "Edit plan";

    private final TodayViewModel vm;
    private final Label heading = new Label();
    private final Label time = new Label();
    private final Label title = new Label();
    private final Label stage = new Label();
    private final Label stretch = new Label();
    private final Label conservative = new Label();
    private final Button start = new Button(START_CALL, new FontIcon(Feather.PHONE_CALL));
    private final Button edit = new Button(EDIT_PLAN, new FontIcon(Feather.EDIT_2));
    private final VBox callCard;
    private final EmptyTodayCard emptyCard;

    AgendaCell(TodayViewModel vm) {
        this.vm = vm;
        heading.getStyleClass().addAll(TodayStyles.DAY_HEADING, Styles.TITLE_4);
        time.getStyleClass().add(TodayStyles.CALL_TIME);
        title.getStyleClass().add(TodayStyles.CALL_TITLE);
        stage.getStyleClass().add(TodayStyles.STAGE_CHIP);
        // The company and deal give way when the card is narrow, never the time or the stage.
        time.setMinWidth(Region.USE_PREF_SIZE);
        stage.setMinWidth(Region.USE_PREF_SIZE);
        stretch.getStyleClass().add(TodayStyles.OBJECTIVE);
        conservative.getStyleClass().add(TodayStyles.OBJECTIVE);
        start.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
        edit.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.SMALL);
        HBox actions = new HBox(8, start, edit);
        actions.getStyleClass().add(TodayStyles.CARD_ACTIONS);
        callCard = new VBox(new HBox(10, time, title, stage), stretch, conservative, actions);
        callCard.getStyleClass().add(TodayStyles.CALL_CARD);
        emptyCard = new EmptyTodayCard(vm);
        setPrefWidth(0); // fit the list's width: no sideways scrolling
    }

    @Override
    protected void updateItem(Entry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
        } else if (item instanceof DayHeading d) {
            heading.setText(d.title() + (d.calls() == 0 ? "" : " · " + (d.calls() == 1 ? "1 call"
                    : vm.formats().number(d.calls()) + " calls")));
            setGraphic(heading);
        } else if (item instanceof CallEntry c) {
            showCall(c.call());
            setGraphic(callCard);
        } else if (item instanceof NothingToday n) {
            emptyCard.show(n);
            setGraphic(emptyCard);
        }
    }

    private void showCall(AgendaCall c) {
        time.setText(vm.formats().time(c.start()) + "–" + vm.formats().time(c.start().plus(c.call().duration())));
        String deal = c.prospect().dealName();
        title.setText(c.prospect().company() + (deal.isEmpty() ? "" : " · " + deal));
        stage.setText(c.stage().name());
        objective(stretch, c, Level.STRETCH);
        objective(conservative, c, Level.CONSERVATIVE);
        start.setText(c.call().progress().startedAt() != null ? RESUME_CALL : START_CALL);
        start.setOnAction(e -> vm.startCall(c));
        edit.setOnAction(e -> vm.editPlan(c));
    }

    private static void objective(Label label, AgendaCall c, Level level) {
        label.setText(TodayViewModel.objectiveLine(c.call().objective(level)));
        boolean missing = c.call().objective(level).isBlank();
        label.getStyleClass().remove(TodayStyles.MISSING_OBJECTIVE);
        if (missing) {
            label.getStyleClass().add(TodayStyles.MISSING_OBJECTIVE);
        }
    }
}
