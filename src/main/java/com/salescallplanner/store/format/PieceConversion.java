package com.salescallplanner.store.format;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Converts a long list of read values into domain records in pieces, one per core, and fails as
 * converting them in order on one core would: with the first value that is wrong. Converting and
 * checking 100,000 calls took about a third of a large planner's load on one core while the other
 * had little to do but collect garbage (issue 15, docs/performance.md).
 *
 * <p>{@code convert} must be safe to run on several threads at once: the loader's conversions only
 * read what was made before they start (the stage and prospect ids) and make new records.
 */
final class PieceConversion {
    private PieceConversion() {
    }

    /** Like {@link FieldValues#list}, on up to {@code cores} cores ({@link Cores}). */
    static <A, B> List<B> list(FieldPath at, List<A> values, BiFunction<A, FieldPath, B> convert, int cores) {
        FieldValues.required(at, values);
        int pieces = Math.min(Math.min(Cores.MAX, cores), values.size() / (Cores.MIN_VALUES / 2));
        if (!Cores.worthSpreading(values.size(), pieces)) {
            return FieldValues.optionalList(at, values, convert);
        }
        Object[] out = new Object[values.size()];
        Throwable[] failed = new Throwable[pieces];
        AtomicInteger firstFailed = new AtomicInteger(pieces); // the first piece that failed; none yet
        Thread[] others = new Thread[pieces];
        for (int k = 1; k < pieces; k++) {
            int piece = k;
            others[k] = new Thread(() -> failed[piece] = convert(at, values, convert, out, piece, pieces, firstFailed),
                    "planner-load-" + k);
            others[k].setDaemon(true);
            others[k].start();
        }
        failed[0] = convert(at, values, convert, out, 0, pieces, firstFailed);
        for (int k = 1; k < pieces; k++) {
            awaitUninterruptibly(others[k]);
        }
        // Pieces are in the list's order, and each stops at its first wrong value: the first piece that
        // failed holds the first wrong value of the whole list, the one a single core would have reported.
        for (Throwable t : failed) {
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<B> converted = (List<B>) Arrays.asList(out);
        return converted;
    }

    private static int from(int piece, int pieces, int size) {
        return (int) ((long) size * piece / pieces);
    }

    /**
     * Converts the values of {@code piece} into {@code out}; returns what went wrong, or null. A piece
     * stops once an earlier one has failed (that failure is the one reported), never for a later one.
     */
    private static <A, B> Throwable convert(FieldPath at, List<A> values, BiFunction<A, FieldPath, B> convert,
                                            Object[] out, int piece, int pieces, AtomicInteger firstFailed) {
        int to = from(piece + 1, pieces, values.size());
        try {
            for (int i = from(piece, pieces, values.size()); i < to; i++) {
                if (firstFailed.get() < piece) {
                    return null;
                }
                out[i] = FieldValues.item(at, values, i, convert);
            }
            return null;
        } catch (RuntimeException | Error e) {
            firstFailed.accumulateAndGet(piece, Math::min);
            return e;
        }
    }

    private static void awaitUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
