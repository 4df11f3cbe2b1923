package com.salescallplanner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder; the objective checker's command is built with the checker. */
@Command(name = "check", description = "Check a call's objectives against a stage.")
final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
