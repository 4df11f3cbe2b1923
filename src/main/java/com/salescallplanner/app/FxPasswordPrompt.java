package com.salescallplanner.app;

import com.salescallplanner.ui.DialogService;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import javafx.application.Platform;

/**
 * The window's password prompt for a team database with no entry in ~/.pgpass: the window's
 * {@link DialogService} asks on the JavaFX thread while the opening thread waits for the answer.
 * Null when the rep cancels (the window then says the login was refused and how to fix it).
 */
final class FxPasswordPrompt implements Function<String, char[]> {
    private final DialogService dialogs;

    FxPasswordPrompt(DialogService dialogs) {
        this.dialogs = dialogs;
    }

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

    private char[] ask(String prompt) {
        String header = prompt.endsWith(": ") ? prompt.substring(0, prompt.length() - 2) : prompt;
        return dialogs.askSecret("Team database", header, "To be asked no more, put it in ~/.pgpass (see docs/team.md).")
                .orElse(null);
    }
}
