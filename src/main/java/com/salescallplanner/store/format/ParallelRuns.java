package com.salescallplanner.store.format;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns the values of a long array into text in runs on the machine's cores and adds them to the
 * file in order. Saving 100,000 calls spent most of its time turning them into text on one core
 * while the others idled (docs/performance.md). Unless the texts are kept for the next save, at
 * most a few runs are held in memory at a time.
 */
final class ParallelRuns {
    private static final int RUN = 500;

    private record Run(Future<?> done, int from, int to) {
    }

    private ParallelRuns() {
    }

    static boolean worthIt(int values) {
        return Cores.worthSpreading(values, Cores.available());
    }

    /**
     * Writes the values into the array that {@code json} is in, which holds no values yet:
     * {@code texts[i]} when there is one, else the text made for {@code values.get(i)} (put into
     * {@code texts[i]} when {@code keep}). Returns the number of bytes.
     */
    static <T> long write(JsonBytes json, List<T> values, byte[][] texts, boolean keep,
                          RecordArray.ValueWriter<T> each) throws IOException {
        int threads = Cores.available();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "planner-save-runs");
            t.setDaemon(true);
            return t;
        });
        long bytes = 0;
        try {
            Queue<Run> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < texts.length || !inFlight.isEmpty()) {
                while (next < texts.length && inFlight.size() < threads * 2) {
                    int from = next;
                    int to = Math.min(texts.length, from + RUN);
                    inFlight.add(new Run(start(pool, json, values, texts, from, to, each), from, to));
                    next = to;
                }
                Run done = inFlight.remove();
                await(done.done());
                // The run's thread filled texts[from, to) before its future completed: visible here.
                for (int i = done.from(); i < done.to(); i++) {
                    json.written(texts[i]);
                    bytes += texts[i].length;
                    if (!keep) {
                        texts[i] = null;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return bytes;
    }

    /** Fills the missing texts of [from, to) on the pool; a run that misses none needs no thread. */
    private static <T> Future<?> start(ExecutorService pool, JsonBytes json, List<T> values, byte[][] texts,
                                       int from, int to, RecordArray.ValueWriter<T> each) {
        boolean complete = true;
        for (int i = from; i < to && complete; i++) {
            complete = texts[i] != null;
        }
        if (complete) {
            return CompletableFuture.completedFuture(null);
        }
        RecordArray.TextMaker<T> maker = new RecordArray.TextMaker<>(json, each); // here: only this thread reads json
        return pool.submit(() -> {
            try {
                for (int i = from; i < to; i++) {
                    if (texts[i] == null) {
                        texts[i] = maker.text(values.get(i));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
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
}
