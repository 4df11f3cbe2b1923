package com.salescallplanner.nlp;

import com.salescallplanner.domain.check.DeferredTagger;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the tagger's model on a daemon thread of its own and hands it to a {@link DeferredTagger}, which
 * reads with the rules alone until then. A model that cannot be loaded is logged and the reader goes on
 * without it; nothing waits for the load.
 */
public final class TaggerLoader {
    private static final Logger LOG = LoggerFactory.getLogger(TaggerLoader.class);

    private TaggerLoader() {
    }

    /** Starts loading into {@code target}; the future completes (true when loaded) once it is done. */
    public static CompletableFuture<Boolean> startLoading(DeferredTagger target) {
        return startLoading(target, () -> { });
    }

    /**
     * As {@link #startLoading(DeferredTagger)}, after {@code first} on the loading thread: the window
     * waits there for logging to be set up, so that what the loader logs is not logged while it is
     * (SLF4J would print a warning about replaying it on the rep's terminal).
     */
    public static CompletableFuture<Boolean> startLoading(DeferredTagger target, Runnable first) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            first.run();
            done.complete(loadInto(target));
        }, "tagger-model-load");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return done;
    }

    /** Loads on the calling thread (the command line, which reads one objective and exits). */
    public static boolean loadInto(DeferredTagger target) {
        long start = System.nanoTime();
        try {
            target.use(OpenNlpTagger.load());
            LOG.debug("Part-of-speech model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The objective reader goes on without its part-of-speech model: {}", e.toString());
            return false;
        }
    }
}
