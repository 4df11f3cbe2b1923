package com.salescallplanner.ui.importer;

import com.salescallplanner.domain.crm.ImportProgress;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/**
 * One making of the import preview on the background executor: passes the import's progress to
 * the JavaFX thread and stops the import at its next report once cancelled (by the rep, or
 * because a newer setting started another run).
 */
final class PreviewRun implements ImportProgress {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Executor fx;
    private final DoubleConsumer progress;

    /** @param progress hears the fraction of rows done, on the JavaFX thread */
    PreviewRun(Executor fx, DoubleConsumer progress) {
        this.fx = fx;
        this.progress = progress;
    }

    @Override
    public boolean rowsDone(int done, int total) {
        if (cancelled.get()) {
            return false;
        }
        double fraction = total == 0 ? 1 : (double) done / total;
        fx.execute(() -> {
            if (!cancelled.get()) {
                progress.accept(fraction);
            }
        });
        return true;
    }

    void cancel() {
        cancelled.set(true);
    }
}
