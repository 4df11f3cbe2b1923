package com.salescallplanner.ui.shell;

import com.salescallplanner.ui.DialogService;
import com.salescallplanner.ui.FormField;
import com.salescallplanner.ui.LimitFeedback;
import com.salescallplanner.ui.LimitedText;
import com.salescallplanner.ui.OnScreenText;
import com.salescallplanner.ui.port.RecoveryAction;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts, small forms and the system's file choosers, owned by the given window. */
public final class FxDialogService implements DialogService {
    /** The masked field of {@link #askSecret}. */
    public static final String SECRET_FIELD_ID = "team-password";
    /** Wider dialogs are hard to read; a message wraps within this. */
    private static final double MAX_WIDTH = 640;
    private final Supplier<Window> owner;
    /** Where the last export went: the next one starts there. */
    private File lastSaveFolder;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    private <T> Optional<T> show(Dialog<T> d) {
        fitOnScreen(d);
        Window w = owner.get();
        if (w != null) {
            d.initOwner(w);
            if (w.getScene() != null) {
                d.getDialogPane().getStylesheets().addAll(w.getScene().getStylesheets());
            }
        }
        d.setOnShown(e -> d.getDialogPane().getScene().getWindow().requestFocus());
        return d.showAndWait();
    }

    /**
     * Titles and messages can quote what the rep typed ("Cannot add <a 5,000-character name>"):
     * cut them so the dialog stays on screen, its buttons in reach, and let the message wrap.
     */
    static void fitOnScreen(Dialog<?> d) {
        d.setTitle(OnScreenText.cut(d.getTitle(), OnScreenText.TITLE));
        if (d.getHeaderText() != null) {
            d.setHeaderText(OnScreenText.cut(d.getHeaderText(), OnScreenText.TITLE));
        }
        if (d.getContentText() != null && !d.getContentText().isEmpty()) {
            d.setContentText(OnScreenText.message(d.getContentText()));
        }
        d.getDialogPane().setMaxWidth(MAX_WIDTH);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel, false);
    }

    @Override
    public boolean confirmWithCancelAsDefault(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel, true);
    }

    private boolean confirm(String title, String message, String confirmLabel, boolean cancelByDefault) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        a.setTitle(title);
        a.setHeaderText(title);
        if (cancelByDefault) {
            ((Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        return show(a).filter(b -> b == yes).isPresent();
    }

    @Override
    public int choose(String title, String message, List<String> choices) {
        List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            buttons.add(new ButtonType(choices.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : ButtonBar.ButtonData.OTHER));
        }
        buttons.add(ButtonType.CANCEL);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(ButtonType[]::new));
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        for (int i = 0; i < buttons.size(); i++) {
            ((Button) a.getDialogPane().lookupButton(buttons.get(i))).setDefaultButton(i == 0);
        }
        return show(a).map(buttons::indexOf).filter(i -> i < choices.size()).orElse(-1);
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        show(a);
    }

    @Override
    public RecoveryAction chooseRecovery(String title, String message, List<RecoveryAction> actions) {
        Map<ButtonType, RecoveryAction> byButton = new LinkedHashMap<>();
        for (RecoveryAction action : actions) {
            byButton.put(new ButtonType(action.label(), action.cancels()
                    ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER), action);
        }
        RecoveryAction cancel = actions.stream().filter(RecoveryAction::cancels).findFirst().orElse(null);
        if (cancel == null) {
            cancel = RecoveryAction.QUIT;
            byButton.put(new ButtonType(cancel.label(), ButtonBar.ButtonData.CANCEL_CLOSE), cancel);
        }
        Alert a = new Alert(Alert.AlertType.ERROR, message, byButton.keySet().toArray(ButtonType[]::new));
        a.setTitle(title);
        a.setHeaderText(title);
        // As wide as its buttons: three long choices were cut short ("Keep the window o...").
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        return show(a).map(byButton::get).orElse(cancel);
    }

    @Override
    public Optional<Map<String, String>> form(String title, List<FormField> fields) {
        Dialog<Map<String, String>> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        fitOnScreen(d);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Map<String, Supplier<String>> values = new LinkedHashMap<>();
        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> false);
        for (int i = 0; i < fields.size(); i++) {
            FormField f = fields.get(i);
            Label label = new Label(f.label() + (f.required() && f.choices().isEmpty() ? " *" : ""));
            // Never shorter than its text: a narrow dialog cut "Company *" to "Comp...".
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(label, 0, i);
            // Level with its field when a limit's message opens under the field.
            GridPane.setValignment(label, VPos.TOP);
            label.setPadding(new Insets(5, 0, 0, 0));
            if (f.choices().isEmpty()) {
                TextField t = new TextField(f.initial());
                t.setId("form-" + f.key());
                t.setPrefColumnCount(36);
                t.setAccessibleText(f.label());
                label.setLabelFor(t);
                if (f.limit() == null) {
                    grid.add(t, 1, i);
                } else {
                    LimitedText limited = new LimitedText(t.textProperty(), f.limit());
                    grid.add(LimitFeedback.wrap(t, limited), 1, i);
                    incomplete = incomplete.or(limited.overProperty());
                    // The feedback line opens under the field: grow the dialog so its buttons stay whole.
                    BooleanBinding feedbackShown = limited.counterProperty().isNotEmpty().or(limited.overProperty());
                    grid.getProperties().put("limit-" + f.key(), feedbackShown); // held while the dialog is
                    feedbackShown.addListener((o, was, is) -> Platform.runLater(() -> fitToContent(d)));
                }
                values.put(f.key(), t::getText);
                if (f.required()) {
                    incomplete = incomplete.or(Bindings.createBooleanBinding(() -> t.getText().isBlank(),
                            t.textProperty()));
                }
            } else {
                ComboBox<String> c = new ComboBox<>();
                c.getItems().setAll(f.choices());
                c.setValue(f.initial());
                c.setId("form-" + f.key());
                c.setAccessibleText(f.label());
                grid.add(c, 1, i);
                values.put(f.key(), c::getValue);
            }
        }
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(incomplete);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(k, v.get() == null ? "" : v.get()));
            return out;
        });
        if (!fields.isEmpty() && fields.get(0).choices().isEmpty()) {
            d.setOnShown(e -> {
                d.getDialogPane().getScene().getWindow().requestFocus();
                grid.lookup("#form-" + fields.get(0).key()).requestFocus();
            });
        }
        Window w = owner.get();
        if (w != null) {
            d.initOwner(w);
            d.getDialogPane().getStylesheets().addAll(w.getScene().getStylesheets());
        }
        return d.showAndWait();
    }

    private static void fitToContent(Dialog<?> d) {
        Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
        if (w != null) {
            w.sizeToScene();
        }
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        // "All files" too: CRM exports are not always named .csv.
        c.getExtensionFilters().addAll(filter(description, extensions),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String extension) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(suggestedName);
        c.getExtensionFilters().add(filter(description, List.of(extension)));
        if (lastSaveFolder != null && lastSaveFolder.isDirectory()) {
            c.setInitialDirectory(lastSaveFolder);
        }
        File f = c.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastSaveFolder = f.getParentFile();
        String name = f.getName();
        return Optional.of(name.contains(".") ? f.toPath() : f.toPath().resolveSibling(name + "." + extension));
    }

    /** "CSV files (*.csv, *.txt)". */
    private static FileChooser.ExtensionFilter filter(String description, List<String> extensions) {
        List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
        return new FileChooser.ExtensionFilter(description + " (" + String.join(", ", patterns) + ")", patterns);
    }

    @Override
    public Optional<char[]> askSecret(String title, String prompt, String hint) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(prompt);
        PasswordField field = new PasswordField();
        field.setId(SECRET_FIELD_ID);
        field.setAccessibleText(prompt);
        Label below = new Label(hint);
        below.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, field, below));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> b = show(d);
        return b.isPresent() && b.get() == ButtonType.OK ? Optional.of(field.getText().toCharArray()) : Optional.empty();
    }
}
