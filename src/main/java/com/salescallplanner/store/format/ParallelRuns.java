package com.salescallplanner.store.format;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the values of a long array in runs on the machine's cores and adds them to the file in
 * order. Saving 100,000 calls spent most of its time turning them into text on one core while
 * the others idled (docs/performance.md). At most a few runs are held in memory at a time.
 */
final class ParallelRuns {
    /** Below this many values one core is quicker than handing runs around. */
    static final int MIN_VALUES = 4_000;
    private static final int RUN = 500;

    /** Writes one value with the given writer. */
    interface ValueWriter<T> {
        void write(DocumentWriter writer, T value) throws IOException;
    }

    private record Run(Future<Chunks> bytes, int count) {
    }

    private ParallelRuns() {
    }

    static boolean worthIt(int values) {
        return values >= MIN_VALUES && Runtime.getRuntime().availableProcessors() > 1;
    }

    /** Writes the values into the array that {@code json} is in, which holds no values yet. */
    static <T> void write(JsonBytes json, List<T> values, ValueWriter<T> each) throws IOException {
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "planner-save-runs");
            t.setDaemon(true);
            return t;
        });
        try {
            Queue<Run> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < values.size() || !inFlight.isEmpty()) {
                while (next < values.size() && inFlight.size() < threads * 2) {
                    int from = next;
                    int to = Math.min(values.size(), from + RUN);
                    // Each run gets its own writer, made here so that only this thread reads json.
                    Chunks out = new Chunks();
                    JsonBytes part = json.continuation(out, from > 0);
                    inFlight.add(new Run(pool.submit(() -> run(part, out, values, from, to, each)), to - from));
                    next = to;
                }
                Run done = inFlight.remove();
                json.values(await(done.bytes()), done.count());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Chunks run(JsonBytes part, Chunks out, List<T> values, int from, int to,
                                  ValueWriter<T> each) {
        DocumentWriter writer = new DocumentWriter(part);
        try {
            for (int i = from; i < to; i++) {
                each.write(writer, values.get(i));
            }
            part.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Chunks await(Future<Chunks> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }

    /**
     * The bytes of one run, kept as the writer's pieces (at most 64 KB each) rather than one
     * growing array: large arrays are costly for the garbage collector ("humongous" in G1).
     */
    static final class Chunks extends OutputStream {
        private final List<byte[]> pieces = new ArrayList<>();

        @Override
        public void write(int b) {
            pieces.add(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] bytes, int off, int len) {
            pieces.add(Arrays.copyOfRange(bytes, off, off + len));
        }

        void writeTo(OutputStream out) throws IOException {
            for (byte[] p : pieces) {
                out.write(p);
            }
        }
    }
}
