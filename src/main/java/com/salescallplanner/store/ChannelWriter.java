package com.salescallplanner.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An output stream whose bytes a second thread writes to the file while the caller goes on
 * producing the next ones: saving a large planner then takes about as long as the longer of
 * the two, not their sum (docs/performance.md). The caller fills one buffer while the writer
 * writes another; {@link #finish()} waits until every byte is in the file and reports the
 * writer's error, if any. Not thread-safe: one producer.
 */
final class ChannelWriter extends OutputStream {
    static final int BUFFER_SIZE = 1 << 19;
    private static final int BUFFERS = 3;
    /** Handed to the writer to make it stop. */
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private final FileChannel channel;
    private final BlockingQueue<ByteBuffer> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
    private final Thread writer;
    private volatile IOException failure;
    private ByteBuffer current;
    private boolean ended;

    ChannelWriter(FileChannel channel) {
        this.channel = channel;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(ByteBuffer.allocateDirect(BUFFER_SIZE)); // direct: the channel writes it without another copy
        }
        writer = new Thread(this::writeAll, "planner-file-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        while (len > 0) {
            if (current == null) {
                current = take(free);
            }
            int n = Math.min(len, current.remaining());
            current.put(bytes, off, n);
            off += n;
            len -= n;
            if (!current.hasRemaining()) {
                handOver();
            }
        }
    }

    /** Writes what is left and waits until the writer is done; throws its error, if any. */
    void finish() throws IOException {
        if (current != null && current.position() > 0) {
            handOver();
        }
        end(false);
        checkFailure();
    }

    /** Stops the writer; without {@link #finish()} first, what was not written yet is dropped. */
    @Override
    public void close() {
        end(true);
    }

    private void handOver() throws IOException {
        checkFailure();
        current.flip();
        put(current);
        current = null;
    }

    /** Tells the writer to stop and waits for it: at most a few buffers, even when interrupted. */
    private void end(boolean abandon) {
        if (ended) {
            return;
        }
        ended = true;
        if (abandon) {
            full.clear();
        }
        full.add(END);
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeAll() {
        try {
            for (ByteBuffer b = full.take(); b != END; b = full.take()) {
                if (failure == null) {
                    writeFully(b);
                }
                b.clear();
                free.add(b);
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("Writing the file was interrupted");
        }
    }

    private void writeFully(ByteBuffer b) {
        try {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) { // e.g. a channel not open for writing: still the save's failure, never a hang
            failure = new IOException(e.toString(), e);
        }
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private ByteBuffer take(BlockingQueue<ByteBuffer> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving");
        }
    }

    private void put(ByteBuffer b) throws IOException {
        try {
            full.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving");
        }
    }
}
