package com.salescallplanner.ui.plan;

import com.salescallplanner.domain.CommitmentKind;
import com.salescallplanner.domain.Level;
import com.salescallplanner.domain.TextLimit;
import com.salescallplanner.ui.LimitFeedback;
import com.salescallplanner.ui.Css;
import com.salescallplanner.ui.DateFields;
import com.salescallplanner.ui.Icons;

import java.util.function.BiConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

/** One objective: its text, the commitment-kind chip, owner, due date, and its findings. */
final class ObjectiveEditor extends VBox {
    private final TextArea text = new TextArea();

    ObjectiveEditor(ObjectiveModel model, ObservableList<String> examples, BiConsumer<Level, String> useExample) {
        super(8);
        Level level = model.level();
        Label title = new Label(level.displayName() + " objective");
        title.getStyleClass().add(Css.SECTION_TITLE);
        Label help = new Label(level == Level.STRETCH ? "The best realistic commitment the buyer could make."
                : "The least you will accept from this call.");
        help.getStyleClass().add(Css.MUTED);
        MenuButton examplesButton = new MenuButton("Examples", Icons.of(Feather.BOOK_OPEN));
        examplesButton.setAccessibleText("Example " + level.id() + " objectives for this stage");
        fillExamples(examplesButton, examples, level, useExample);
        examples.addListener((ListChangeListener<String>) c -> fillExamples(examplesButton, examples, level,
                useExample));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, new VBox(2, title, help), grow, examplesButton);
        head.setAlignment(Pos.CENTER_LEFT);

        FormKeys.install(text);
        text.setId(level.id() + "-objective");
        text.setPromptText(level == Level.STRETCH
                ? "e.g. The CIO commits the integration team to a pilot starting next month"
                : "e.g. The IT lead sends us the process documentation by Friday");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.setAccessibleText(level.displayName() + " objective");
        text.textProperty().bindBidirectional(model.textProperty());

        FlowPane details = new FlowPane(10, 6, kindChip(model), owner(model), due(model)); // wraps in a narrow window
        details.setAlignment(Pos.CENTER_LEFT);
        FindingList findings = new FindingList(model.findings());
        findings.setId(level.id() + "-findings");
        getChildren().addAll(head, LimitFeedback.wrap(text, TextLimit.OBJECTIVE.named(level.displayName() + " objective")),
                details, new ReadingPane(model), findings);
        getStyleClass().add(Css.SECTION);
    }

    private static void fillExamples(MenuButton button, ObservableList<String> examples, Level level,
                                     BiConsumer<Level, String> use) {
        button.getItems().setAll(examples.stream().map(e -> {
            MenuItem item = new MenuItem(e);
            item.setOnAction(ev -> use.accept(level, e));
            return item;
        }).toList());
        button.setDisable(examples.isEmpty());
    }

    /** The kind read from the text as a chip; its menu lets the rep override it. */
    private static MenuButton kindChip(ObjectiveModel model) {
        MenuButton chip = new MenuButton();
        chip.setId(model.level().id() + "-kind");
        chip.textProperty().bind(model.kindTextProperty());
        chip.getStyleClass().add(Css.KIND_CHIP);
        chip.setTooltip(new Tooltip("The commitment kind. Read from the text; pick one to correct it (saving the plan "
                + "teaches the checker)."));
        chip.setAccessibleText("Commitment kind of the " + model.level().id() + " objective");
        MenuItem auto = new MenuItem("Read from the text");
        auto.setOnAction(e -> model.kindOverrideProperty().set(null));
        chip.getItems().addAll(auto, new SeparatorMenuItem());
        for (CommitmentKind k : CommitmentKind.values()) {
            MenuItem item = new MenuItem(k.displayName());
            item.setOnAction(e -> model.kindOverrideProperty().set(k));
            chip.getItems().add(item);
        }
        model.kindOverrideProperty().addListener((obs, o, n) -> {
            chip.getStyleClass().remove(Css.KIND_CHIP_OVERRIDDEN);
            if (n != null) {
                chip.getStyleClass().add(Css.KIND_CHIP_OVERRIDDEN);
            }
        });
        if (model.kindOverrideProperty().get() != null) {
            chip.getStyleClass().add(Css.KIND_CHIP_OVERRIDDEN);
        }
        return chip;
    }

    private static HBox owner(ObjectiveModel model) {
        TextField owner = new TextField();
        owner.setId(model.level().id() + "-owner");
        owner.setPromptText("Who commits (buyer side)");
        owner.setAccessibleText("Owner of the " + model.level().id() + " objective");
        owner.setPrefColumnCount(14);
        owner.textProperty().bindBidirectional(model.ownerProperty());
        HBox box = new HBox(4, new Label("Owner"), LimitFeedback.wrap(owner, TextLimit.OWNER));
        box.getChildren().addAll(source(model, "owner", model.ownerEditedProperty(),
                model.ownerProperty().isNotEmpty(), model::resetOwner));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox due(ObjectiveModel model) {
        DatePicker due = DateFields.picker();
        due.setId(model.level().id() + "-due");
        due.setPromptText("By when");
        due.setAccessibleText("Due date of the " + model.level().id() + " objective");
        due.setPrefWidth(150);
        due.valueProperty().bindBidirectional(model.dueProperty());
        HBox box = new HBox(4, new Label("Due"), due);
        box.getChildren().addAll(source(model, "due", model.dueEditedProperty(), model.dueProperty().isNotNull(),
                model::resetDue));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * Where a value comes from ("from the text" or "set by you") and, for one the rep set, the labelled
     * action that makes it follow the text again.
     */
    private static Node[] source(ObjectiveModel model, String field, BooleanProperty edited, BooleanBinding hasValue,
                                 Runnable follow) {
        String id = model.level().id() + "-" + field;
        Label from = new Label();
        from.setId(id + "-source");
        from.getStyleClass().add(Css.MUTED);
        from.textProperty().bind(Bindings.when(edited).then("set by you")
                .otherwise(Bindings.when(hasValue).then("from the text").otherwise("")));
        Button again = new Button("Follow the text");
        again.setId(id + "-follow");
        again.setAccessibleText("Let the " + field + " of the " + model.level().id() + " objective follow the text again");
        again.visibleProperty().bind(edited);
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> follow.run());
        return new Node[] {from, again};
    }

    void focusText() {
        text.requestFocus();
    }
}
