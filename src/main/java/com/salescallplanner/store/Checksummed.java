package com.salescallplanner.store;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.store.format.PlannerJson;
import com.salescallplanner.store.format.SavedTexts;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * Counts and checksums the bytes of a planner file as they are written, so the journal can name
 * the version of {@code planner.json} its edits apply to without reading the file again.
 */
final class Checksummed extends FilterOutputStream {
    private final CRC32C crc = new CRC32C();
    private long size;

    private Checksummed(OutputStream out) {
        super(out);
    }

    /** A temporary file written beside planner.json, with its size and checksum. */
    record Temp(Path path, JournalLines.Base base) {
    }

    /** The data written to a new temporary file beside {@code file} (see {@link AtomicFiles}), on disk. */
    static Temp writeTemp(Path file, PlannerData data, Instant savedAt, SavedTexts saved) throws IOException {
        JournalLines.Base[] written = new JournalLines.Base[1];
        Path tmp = AtomicFiles.writeTemp(file, out -> {
            Checksummed c = new Checksummed(out);
            PlannerJson.write(data, savedAt, c, saved);
            written[0] = new JournalLines.Base(c.size, c.crc.getValue());
        });
        return new Temp(tmp, written[0]);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        crc.update(b);
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        crc.update(b, off, len);
        size += len;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // the underlying stream belongs to the caller
    }
}
