package com.salescallplanner.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The window's password prompt for a team database with no entry in ~/.pgpass: a small dialog,
 * shown on the JavaFX thread while the opening thread waits for the answer. Null when the rep
 * cancels (the window then says the login was refused and how to fix it).
 */
final class FxPasswordPrompt implements Function<String, char[]> {
    static final String FIELD_ID = "team-password";

    @Override
    public char[] apply(String prompt) {
        if (Platform.isFxApplicationThread()) {
            return ask(prompt);
        }
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(prompt));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    private static char[] ask(String prompt) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Team database");
        d.setHeaderText(prompt.endsWith(": ") ? prompt.substring(0, prompt.length() - 2) : prompt);
        PasswordField field = new PasswordField();
        field.setId(FIELD_ID);
        Label hint = new Label("To be asked no more, put it in ~/.pgpass (see docs/team.md).");
        hint.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, field, hint));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> b = d.showAndWait();
        return b.isPresent() && b.get() == ButtonType.OK ? field.getText().toCharArray() : null;
    }
}
