package com.salescallplanner.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that, whenever the process or the machine stops, the file holds either the
 * whole old content or the whole new content: write a temporary file in the same folder, force
 * it to disk, rename it over the target in one step, then force the folder entry to disk.
 */
public final class AtomicFiles {
    static final String TEMP_SUFFIX = ".tmp";
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    private static final Pattern TEMP_NAME = Pattern.compile(".+\\.(\\d{1,18})-[0-9a-fA-F-]+\\.tmp");

    /** Writes the content to a stream; the stream is not to be closed. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** A new owner-only temporary file beside {@code target}, holding the content, on disk. */
    static Path writeTemp(Path target, Content content) throws IOException {
        // The writer's process id in the name: a clean-up never deletes the file of a writer still running.
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID() + TEMP_SUFFIX);
        try (FileChannel ch = FileChannel.open(tmp, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), OwnerOnly.fileAttributes());
             ChannelWriter out = new ChannelWriter(ch)) {
            content.writeTo(out);
            out.finish();
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return tmp;
    }

    /** Renames the finished temporary file over the target, atomically where the file system can. */
    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("The file system of {} cannot replace files atomically; using a plain move", target);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw e;
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Writes a whole file atomically: temporary file, force, rename, folder sync. */
    public static void write(Path target, Content content) throws IOException {
        moveIntoPlace(writeTemp(target, content), target);
    }

    /** Copies a file atomically (the copy is complete or absent), owner-only. */
    static void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    /**
     * Makes the rename itself durable. Linux and macOS can force a folder; Windows cannot open
     * one for this and commits renames with the file system's own journal.
     */
    public static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot force folder {} to disk on this system", folder, e);
        }
    }

    /**
     * Removes temporary files left by a save that was killed half-way: those of processes that
     * have ended. A running process's temporary file may be a save in progress (of a writer
     * that lost its lock; see FolderLock), so it is never touched. Names without a process id
     * come from a version before ids were added, which cannot be running any more under a lock
     * this process holds. Only call with the lock held.
     */
    static int deleteStaleTemps(Path folder) {
        int n = 0;
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*" + TEMP_SUFFIX)) {
            for (Path p : ds) {
                OptionalLong writer = writerOf(p);
                boolean running = writer.isPresent() && ProcessHandle.of(writer.getAsLong())
                        .map(ProcessHandle::isAlive).orElse(false);
                if (Files.isRegularFile(p) && !running) {
                    Files.deleteIfExists(p);
                    n++;
                    LOG.info("Removed {} left by an interrupted save", p.getFileName());
                } else if (running) {
                    LOG.warn("Left {} alone: the process that writes it ({}) is still running", p.getFileName(),
                            writer.getAsLong());
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean temporary files in {}: {}", folder, IoMessages.describe(e));
        }
        return n;
    }

    /** The process id in {@code <name>.<pid>-<random>.tmp}, if the name has one. */
    static OptionalLong writerOf(Path tmp) {
        Matcher m = TEMP_NAME.matcher(tmp.getFileName().toString());
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", p, e);
        }
    }
}
