package com.salescallplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer at a time: an operating-system lock on {@value #FILE_NAME} in the data folder.
 * The lock dies with the process that holds it, so a crashed or killed planner never blocks
 * the next start; the lock file itself stays (its existence means nothing) and holds the
 * holder's process id for the message.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE_NAME = "planner.lock";
    private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or says who holds it; creates the folder when needed. */
    public static FolderLock acquire(Path folder) throws StoreException {
        Path file = folder.resolve(FILE_NAME);
        FileChannel ch = null;
        try {
            OwnerOnly.createFolder(folder);
            ch = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), OwnerOnly.fileAttributes());
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // this very process holds it already
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw new StoreException(StoreException.Kind.LOCKED, folder, "Sales Call Planner is already open on "
                        + folder + holder + ". Close it first; read-only commands such as 'list' still work.");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new FolderLock(folder, ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException(StoreException.Kind.IO, folder, "Could not lock the data folder " + folder + ": "
                    + IoMessages.describe(e) + ".", null, e);
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("Releasing the lock of {}", folder, e);
        }
        closeQuietly(channel);
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return ""; // some systems refuse to read a locked file; the process id is only a courtesy
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.debug("Closing the lock file", e);
            }
        }
    }
}
