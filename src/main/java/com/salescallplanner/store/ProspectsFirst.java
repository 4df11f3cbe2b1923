package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the stages and prospects at the start of a large {@code planner.json} before the whole
 * file is read, so the window can show the prospect list while the calls, most of the file, are
 * still being read (issue 15: 10,000 prospects with 100,000 calls took about 9 s to show
 * anything). Only a help for showing: the data the rep works on is always the whole file with its
 * journal, read by {@link PlannerStore#load()}, and anything unusual (an older or newer format,
 * journalled edits, a damaged file) simply skips this step.
 */
public final class ProspectsFirst {
    /** Smaller files are read whole about as fast as their prospects alone (and a window reads them as it is built). */
    static final long MIN_BYTES = 4L << 20;
    /** A journal larger than this holds edits: not worth reading here to find out. */
    private static final long MAX_EMPTY_JOURNAL = 64 << 10;
    private static final Logger LOG = LoggerFactory.getLogger(ProspectsFirst.class);

    private ProspectsFirst() {
    }

    /**
     * True when {@link PlannerStore#load(Consumer)} on this data folder will hand the prospects
     * over first: a window can then start opening it while it is being built, as the prospects
     * alone are quick to read.
     */
    public static boolean expected(Path folder) {
        return applies(folder.resolve(PlannerStore.FILE_NAME), MIN_BYTES);
    }

    private static boolean applies(Path file, long minBytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) >= minBytes && !journalHasEdits(file.getParent());
        } catch (IOException | StoreException e) {
            return false; // the whole read that follows meets the same problem and reports it
        }
    }

    static void read(Path file, Consumer<PlannerData> to, long minBytes) {
        try {
            if (!applies(file, minBytes)) {
                return;
            }
            long start = System.nanoTime();
            Optional<PlannerData> read;
            try (InputStream in = new BufferedInputStream(RegularFiles.open(file, PlannerJson.MAX_FILE_BYTES), 1 << 16)) {
                read = PlannerJson.readProspectsFirst(in);
            }
            read.ifPresent(d -> {
                LOG.info("Read {} prospects before their calls in {} ms", d.prospects().size(),
                        (System.nanoTime() - start) / 1_000_000);
                to.accept(d);
            });
        } catch (IOException e) {
            // The whole read that follows meets the same problem and reports it.
            LOG.debug("No prospects read first from {}", file, e);
        }
    }

    /** True when the journal holds anything beyond its first line: the prospects alone could be out of date. */
    private static boolean journalHasEdits(Path folder) throws IOException, StoreException {
        Path journal = folder.resolve(Journal.FILE_NAME);
        if (!Files.exists(journal)) {
            return false;
        }
        if (Files.size(journal) > MAX_EMPTY_JOURNAL) {
            return true;
        }
        JournalLines.Contents c = Journal.read(folder);
        return c == null || !c.edits().isEmpty() || !c.folds().isEmpty() || c.problem() != null;
    }
}
