package com.salescallplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer at a time: an operating-system lock on {@value #FILE_NAME} in the data folder.
 * The lock dies with the process that holds it, so a crashed or killed planner never blocks
 * the next start; the lock file itself stays (its existence means nothing) and holds the
 * holder's process id for the message.
 *
 * <p>The lock belongs to the file (its inode), not to its name: deleted or replaced, the name
 * leads to a new file that a second writer can lock. So the holder remembers which file it
 * locked and, before each save, {@link #ensureHeld checks} that the name still leads to it.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE_NAME = "planner.lock";
    private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);
    private static final int ATTEMPTS = 5;
    /** The identities of the lock files this process holds: never to be opened (and closed) again while held. */
    private static final Set<Object> HELD_HERE = new HashSet<>();

    private final Path folder;
    private final Path file;
    private Held held;

    /**
     * @param identity the locked file's identity (device and inode), or null where the system has
     *                 none (Windows, whose locks are mandatory and whose open files resist deletion)
     */
    private record Held(FileChannel channel, FileLock lock, Object identity) {
        void release() {
            synchronized (HELD_HERE) {
                if (identity != null) {
                    HELD_HERE.remove(identity);
                }
            }
            try {
                lock.release();
            } catch (IOException e) {
                LOG.debug("Releasing the lock", e);
            }
            closeQuietly(channel);
        }
    }

    private FolderLock(Path folder, Held held) {
        this.folder = folder;
        this.file = folder.resolve(FILE_NAME);
        this.held = held;
    }

    /** Takes the lock or says who holds it; creates the folder when needed. */
    public static FolderLock acquire(Path folder) throws StoreException {
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, folder, "Could not lock the data folder " + folder + ": "
                    + IoMessages.describe(e) + ".", null, e);
        }
        return new FolderLock(folder, take(folder));
    }

    public Path folder() {
        return folder;
    }

    /**
     * Throws unless this is still the folder's lock. When {@value #FILE_NAME} was deleted or
     * replaced since it was taken, the lock is taken anew on the file there now, but only when
     * nobody else holds it and {@code dataUntouched} says that nobody wrote the data meanwhile:
     * otherwise another writer may have saved, and a save now would overwrite its work.
     *
     * @param refused  how the refusal starts ("Could not save …/planner.json")
     * @param dataFile the data file, whose name the refusal gives
     */
    synchronized void ensureHeld(String refused, Path dataFile, BooleanSupplier dataUntouched) throws StoreException {
        if (held.identity() == null || held.identity().equals(identityOrNull(file))) {
            return;
        }
        LOG.warn("{} was deleted or replaced while this process held it; taking the lock anew", file);
        String lost = refused + ": " + FILE_NAME + " was deleted or replaced while this Sales "
                + "Call Planner had the data folder open, and ";
        Held fresh;
        try {
            fresh = take(folder);
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.LOCKED) {
                throw e;
            }
            throw new StoreException(StoreException.Kind.LOCKED, dataFile, lost + "another Sales Call Planner has "
                    + "taken the folder since" + holderOf(file) + ". Nothing was saved, so that its work is not "
                    + "overwritten.");
        }
        if (!dataUntouched.getAsBoolean()) {
            fresh.release();
            throw new StoreException(StoreException.Kind.LOCKED, dataFile, lost + dataFile.getFileName() + " has been "
                    + "changed by another program since. Nothing was saved, so that those changes are not overwritten.");
        }
        held.release();
        held = fresh;
        LOG.info("Holding the lock of {} again; nobody wrote the data meanwhile", folder);
    }

    @Override
    public synchronized void close() {
        held.release();
    }

    /**
     * Locks the file at the name and makes sure the name led to that file before it was opened
     * and still does after it is locked (the same identity twice: the open file cannot be freed
     * and its identity reused meanwhile). The file is never opened a second time while locked:
     * on POSIX systems, closing any descriptor of a file drops all of the process's locks on it.
     */
    private static Held take(Path folder) throws StoreException {
        Path file = folder.resolve(FILE_NAME);
        synchronized (HELD_HERE) {
            for (int attempt = 1; ; attempt++) {
                FileChannel ch = null;
                try {
                    Object before = identityOrNull(file);
                    if (before != null && HELD_HERE.contains(before)) {
                        throw locked(folder, " (process " + ProcessHandle.current().pid() + ")");
                    }
                    ch = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE), OwnerOnly.fileAttributes());
                    FileLock l;
                    try {
                        l = ch.tryLock();
                    } catch (OverlappingFileLockException e) {
                        // Held by this process through another channel; closing this one would drop that lock.
                        LOG.warn("{} is locked by this process already", file);
                        throw locked(folder, " (process " + ProcessHandle.current().pid() + ")");
                    }
                    if (l == null) {
                        String holder = holder(ch);
                        ch.close();
                        throw locked(folder, holder);
                    }
                    Object after = identityOrNull(file);
                    boolean noIdentities = after == null && Files.exists(file);
                    if (noIdentities || before != null && before.equals(after)) {
                        ch.truncate(0);
                        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                                .getBytes(StandardCharsets.US_ASCII)), 0);
                        if (after != null) {
                            HELD_HERE.add(after);
                        }
                        return new Held(ch, l, after);
                    }
                    // Created just now, or deleted or swapped meanwhile: lock whatever the name leads to now.
                    l.release();
                    ch.close();
                    if (attempt == ATTEMPTS) {
                        throw new StoreException(StoreException.Kind.IO, folder, "Could not lock the data folder "
                                + folder + ": " + FILE_NAME + " keeps being deleted or replaced.");
                    }
                } catch (IOException e) {
                    closeQuietly(ch);
                    throw new StoreException(StoreException.Kind.IO, folder, "Could not lock the data folder " + folder
                            + ": " + IoMessages.describe(e) + ".", null, e);
                }
            }
        }
    }

    private static StoreException locked(Path folder, String holder) {
        return new StoreException(StoreException.Kind.LOCKED, folder, "Sales Call Planner is already open on "
                + folder + holder + ". Close it first; read-only commands such as 'list' still work.");
    }

    private static Object identityOrNull(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.debug("Reading the identity of {}", file, e);
            return null;
        }
    }

    private static String holderOf(Path file) {
        synchronized (HELD_HERE) {
            if (HELD_HERE.contains(identityOrNull(file))) {
                return " (process " + ProcessHandle.current().pid() + ")";
            }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return holder(ch);
        } catch (IOException e) {
            return "";
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(64);
            ch.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
            String pid = text.lines().findFirst().orElse("").strip();
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
