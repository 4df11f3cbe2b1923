package com.salescallplanner.cli;

import com.salescallplanner.domain.crm.CrmFormat;
import com.salescallplanner.store.crm.CsvDialect;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads the import's --format, --delimiter and --charset options; a bad value is a usage error (exit 2). */
final class CliOptions {
    private CliOptions() {
    }

    /** The CRM format asked for, or null for "auto" (detect it from the header). */
    static CrmFormat crmFormat(CommandSpec spec, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "salesforce" -> CrmFormat.SALESFORCE;
            case "hubspot" -> CrmFormat.HUBSPOT;
            case "generic" -> CrmFormat.GENERIC;
            default -> throw new ParameterException(spec.commandLine(),
                    "--format " + value + ": use auto, salesforce, hubspot or generic.");
        };
    }

    /** The detected dialect with the options that were given in its place. */
    static CsvDialect dialect(CommandSpec spec, CsvDialect detected, String delimiter, String charset) {
        char d = delimiter == null ? detected.delimiter() : delimiter(spec, delimiter);
        Charset c = charset == null ? detected.charset() : charset(spec, charset);
        return new CsvDialect(d, c);
    }

    private static char delimiter(CommandSpec spec, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab", "\t", "\\t" -> '\t';
            default -> throw new ParameterException(spec.commandLine(),
                    "--delimiter " + value + ": use comma, semicolon or tab.");
        };
    }

    private static Charset charset(CommandSpec spec, String value) {
        try {
            return Charset.forName(value);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(),
                    "--charset " + value + ": unknown character set; try UTF-8 or windows-1252.");
        }
    }
}
