package com.salescallplanner.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Creates folders and files that only their owner can read (0700 and 0600 on POSIX systems):
 * a pipeline is confidential. On other systems (Windows) the user's profile folder already
 * restricts access, and the attributes are simply not applied.
 */
public final class OwnerOnly {
    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private OwnerOnly() {
    }

    /**
     * Creates the folder (and missing parents); the folder itself gets 0700 when it is new. A
     * file where the folder or one of its parents belongs fails with the reason
     * "{@code <path> is a file, not a folder}" (which {@link IoMessages} shows as it is).
     */
    static Path createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Optional<Path> blocker = fileInTheWay(dir);
        if (blocker.isPresent()) {
            throw new FileSystemException(blocker.get().toString(), null, blocker.get() + " is a file, not a folder");
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, folderAttributes());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new FileSystemException(dir.toString(), null, dir + " is a file, not a folder");
            }
        }
        return dir;
    }

    /**
     * The folder itself, or the nearest of its parents that exists, when that is not a folder
     * (so the folder can neither be used nor created); empty when nothing is in the way.
     */
    static Optional<Path> fileInTheWay(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Attributes for a new file: 0600 on POSIX. */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : NONE;
    }

    private static FileAttribute<?>[] folderAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : NONE;
    }
}
