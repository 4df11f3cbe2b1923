package com.salescallplanner.app;

/**
 * The root options ({@code --data DIR}, {@code --server URL}, each also as {@code --name=value}) and
 * the first argument after them, read from the raw arguments before picocli is made: where the log
 * goes, whether the window's fast path applies and whether {@code java -jar} restarts for the window
 * are decided before the command line is built (building it reflects over every command). picocli
 * stays the parser of everything; this only tells those cases apart, one way for all three.
 */
final class RootArguments {
    private static final String DATA = "--data";
    private static final String SERVER = "--server";

    private final String data;
    private final boolean server;
    private final int options;
    private final boolean wellFormed;
    private final String first;

    private RootArguments(String data, boolean server, int options, boolean wellFormed, String first) {
        this.data = data;
        this.server = server;
        this.options = options;
        this.wellFormed = wellFormed;
        this.first = first;
    }

    static RootArguments of(String[] args) {
        boolean server = false;
        int options = 0;
        boolean wellFormed = true;
        int i = 0;
        while (i < args.length) {
            String name = rootOption(args[i]);
            if (name == null) {
                break;
            }
            options++;
            server |= name.equals(SERVER);
            if (args[i].length() > name.length()) { // --name=value
                wellFormed &= args[i].length() > name.length() + 1;
                i++;
            } else { // --name value: a value that looks like an option is picocli's "missing value"
                wellFormed &= i + 1 < args.length && !args[i + 1].startsWith("-");
                i += 2;
            }
        }
        return new RootArguments(dataAnywhere(args), server, options, wellFormed, i < args.length ? args[i] : null);
    }

    private static String rootOption(String a) {
        for (String name : new String[] {DATA, SERVER}) {
            if (a.equals(name) || a.startsWith(name + "=")) {
                return name;
            }
        }
        return null;
    }

    /** The first {@code --data} value anywhere (picocli takes the root's options after a command too). */
    private static String dataAnywhere(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(DATA) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(DATA + "=")) {
                return args[i].substring(DATA.length() + 1);
            }
        }
        return null;
    }

    /** The data folder named on the command line, or null (the environment or the default then decides). */
    String data() {
        return data;
    }

    /** Only root options, each with its value: the window opens ({@code java -jar} runs it with JavaFX as modules). */
    boolean onlyWindowOptions() {
        return wellFormed && first == null;
    }

    /** Nothing or only {@code --data DIR}: the window's fast path, with no command line built. */
    boolean opensWindowOnly() {
        return onlyWindowOptions() && !server && options <= 1;
    }

    /** The command is {@code check}, which only reads: no log file, no data folder made. */
    boolean onlyReads() {
        return "check".equals(first);
    }
}
