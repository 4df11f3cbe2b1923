package com.salescallplanner.ui;

import com.salescallplanner.ui.port.RecoveryAction;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Answers dialogs from a script and records what was asked, for view-model tests. */
public final class FakeDialogs implements DialogService {
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Map<String, String>> formAnswers = new ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();
    /** Each question asked as "title / confirm label". */
    public final List<String> questions = new ArrayList<>();
    /** The questions asked with Cancel as the default button, as "title / confirm label". */
    public final List<String> cautiousQuestions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    /** The answers to {@link #choose}: an index, -1 for Cancel; Cancel when empty. */
    public final Deque<Integer> choiceAnswers = new ArrayDeque<>();
    /** Each choice offered, as "title / first choice / second choice ...". */
    public final List<String> choices = new ArrayList<>();
    public RecoveryAction recovery = RecoveryAction.QUIT;
    /** The file choosers' answer, given the suggested name (saving) or the title (opening). */
    public Function<String, Optional<Path>> files = name -> Optional.empty();
    /** The suggested names of the files asked for, and the titles of the files asked to open. */
    public final List<String> fileRequests = new ArrayList<>();

    /** Dialogs whose file choosers always answer {@code file}. */
    public static FakeDialogs answeringFile(Path file) {
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.files = name -> Optional.of(file);
        return dialogs;
    }

    public FakeDialogs confirming(boolean... answers) {
        for (boolean a : answers) {
            confirmAnswers.add(a);
        }
        return this;
    }

    public FakeDialogs filling(Map<String, String> values) {
        formAnswers.add(values);
        return this;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        questions.add(title + " / " + confirmLabel);
        return confirmAnswers.isEmpty() ? false : confirmAnswers.pop();
    }

    @Override
    public boolean confirmWithCancelAsDefault(String title, String message, String confirmLabel) {
        cautiousQuestions.add(title + " / " + confirmLabel);
        return confirm(title, message, confirmLabel);
    }

    public FakeDialogs choosing(int... answers) {
        for (int a : answers) {
            choiceAnswers.add(a);
        }
        return this;
    }

    @Override
    public int choose(String title, String message, List<String> offered) {
        confirmations.add(message);
        choices.add(title + " / " + String.join(" / ", offered));
        return choiceAnswers.isEmpty() ? -1 : choiceAnswers.pop();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public RecoveryAction chooseRecovery(String title, String message, List<RecoveryAction> actions) {
        errors.add(message);
        return recovery;
    }

    @Override
    public Optional<char[]> askSecret(String title, String prompt, String hint) {
        return Optional.empty(); // a cancelled prompt: no test of a view model asks for a password
    }

    @Override
    public Optional<Map<String, String>> form(String title, List<FormField> fields) {
        return Optional.ofNullable(formAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        fileRequests.add(title);
        return files.apply(title);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String extension) {
        fileRequests.add(suggestedName);
        return files.apply(suggestedName);
    }
}
