package com.salescallplanner.cli;

import com.salescallplanner.app.CommandStoreAccess;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import picocli.CommandLine;

/** Runs the command line in-process against a data folder, capturing stdout, stderr and the status. */
record CliRun(int status, String out, String err) {
    static CliRun run(Path folder, String... args) {
        CommandLine cl = new CommandLine(new RootCommand(f -> 99, opt -> folder, new CommandStoreAccess()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        RootCommand.neutraliseControlCharacters(cl);
        int status = cl.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
