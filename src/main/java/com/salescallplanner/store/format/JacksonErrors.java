package com.salescallplanner.store.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's exceptions into a place and a sentence for the rep (no class names). */
final class JacksonErrors {
    private JacksonErrors() {
    }

    static FormatException translate(JacksonException e) {
        return translate(e, null);
    }

    /** @param parser the parser that failed, for errors that carry no location (safety limits) */
    static FormatException translate(JacksonException e, JsonParser parser) {
        TokenStreamLocation loc = e.getLocation();
        if (loc == null && parser != null) {
            loc = parser.currentLocation();
        }
        String line = lineAndColumn(loc);
        String path = path(e.getPath());
        String where = path.isEmpty() ? (line.isEmpty() ? "the top level" : line)
                : line.isEmpty() ? path : path + " (" + line + ")";
        return new FormatException(where, problem(e));
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : " (the fields here are "
                    + known + ")") + ". Is it misspelled?";
        }
        if (e instanceof StreamConstraintsException) {
            return "the file exceeds a safety limit: " + clean(e.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            // Not "expected an object" (the type it was bound as): the planner itself was read whole.
            return "more follows the end of the planner: a planner file holds one JSON document, and something "
                    + "was added after it.";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType()) + ".";
        }
        if (e instanceof StreamReadException) {
            String msg = clean(e.getOriginalMessage());
            if (msg.startsWith("Unexpected end-of-input")) {
                return "not valid JSON: the file ends too early (it may have been cut off).";
            }
            if (msg.startsWith("Duplicate Object property")) {
                return "the same field appears twice: " + msg + ".";
            }
            return "not valid JSON: " + msg + ".";
        }
        return clean(e.getOriginalMessage()) + ".";
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text in double quotes";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list in square brackets";
        }
        return "an object in curly braces";
    }

    /** Jackson's message without source excerpts, class names in back-quotes or line breaks. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable content";
        }
        String m = message.split("\n", 2)[0];
        m = m.replaceAll("\\s*\\(start marker at \\[Source:[^]]*]\\)", "")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("`[^`]*\\.([A-Za-z]+)`", "$1")
                .strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    private static String lineAndColumn(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return String.format(Locale.ROOT, "line %d, column %d", loc.getLineNr(), loc.getColumnNr());
    }

    private static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
