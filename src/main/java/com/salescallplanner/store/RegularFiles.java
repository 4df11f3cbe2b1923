package com.salescallplanner.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads whole files that someone else may have put in place: only regular files (a named pipe
 * blocks whoever opens it until a writer comes; {@code /dev/zero} never ends), and never more
 * than a limit, however the file grows while it is read. The type is checked before the file
 * is opened (a symbolic link counts as what it points to).
 */
public final class RegularFiles {
    /** The file is not a regular file: a folder, a named pipe, a device, a socket. */
    public static final class NotRegularFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String kind;

        NotRegularFileException(Path file, String kind) {
            super(file + " is " + kind + ", not a regular file");
            this.kind = kind;
        }

        /** "a folder", "a named pipe (FIFO)", "a device", "a socket", or "something else". */
        public String kind() {
            return kind;
        }
    }

    /** The file holds more than the limit. */
    public static final class FileTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;

        FileTooLargeException(Path file, long size, long limit) {
            super(file + " holds more than " + limit + " bytes");
            this.size = size;
        }

        /** The size the file system reported, or -1 when it grew past the limit while being read. */
        public long size() {
            return size;
        }
    }

    private RegularFiles() {
    }

    /** The whole content, at most {@code maxBytes} (at most 2 GiB - 8, Java's largest array). */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        checkBeforeOpening(file, maxBytes);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > maxBytes) {
                throw new FileTooLargeException(file, size, maxBytes);
            }
            byte[] bytes = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (ch.read(buffer) < 0) {
                    return Arrays.copyOf(bytes, buffer.position()); // it shrank meanwhile
                }
            }
            // It may have grown meanwhile (or be a file whose size says nothing, as in /proc): read on, to the limit.
            InputStream rest = Channels.newInputStream(ch);
            byte[] more = rest.readNBytes((int) Math.min(maxBytes - size + 1, Integer.MAX_VALUE - 8));
            if (size + more.length > maxBytes) {
                throw new FileTooLargeException(file, -1, maxBytes);
            }
            if (more.length == 0) {
                return bytes;
            }
            byte[] all = Arrays.copyOf(bytes, bytes.length + more.length);
            System.arraycopy(more, 0, all, bytes.length, more.length);
            return all;
        }
    }

    /**
     * The content as a stream, checked as {@link #read} checks it, for a file too large to hold
     * twice (its bytes and what they are read into): the stream's {@code read} throws
     * {@link FileTooLargeException} once more than {@code maxBytes} have come, however the file grows.
     */
    public static BoundedStream open(Path file, long maxBytes) throws IOException {
        checkBeforeOpening(file, maxBytes);
        return new BoundedStream(Files.newInputStream(file), file, maxBytes);
    }

    private static void checkBeforeOpening(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(file, kindOf(file, attributes));
        }
        if (attributes.size() > maxBytes) {
            throw new FileTooLargeException(file, attributes.size(), maxBytes);
        }
    }

    /** A file's content that counts what passes and refuses to pass more than the limit. */
    public static final class BoundedStream extends FilterInputStream {
        private final Path file;
        private final long maxBytes;
        private long count;

        BoundedStream(InputStream in, Path file, long maxBytes) {
            super(in);
            this.file = file;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** The bytes read so far: the file's size once read to its end. */
        public long count() {
            return count;
        }

        private void counted(long n) throws FileTooLargeException {
            count += n;
            if (count > maxBytes) {
                throw new FileTooLargeException(file, -1, maxBytes);
            }
        }
    }

    private static String kindOf(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            // The "unix" view tells a pipe from a device on Linux and macOS; elsewhere the plain words must do.
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "something else";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "something else";
        }
    }
}
