package com.salescallplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * Identifies one version of a file on disk (size, modification time, and the file's identity
 * where the system has one, e.g. the inode). The store remembers the stamp of the version it
 * last read or wrote, so it knows when someone else changed the file in between.
 */
record FileStamp(long size, FileTime modified, Object fileKey) {
    static FileStamp of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
    }

    boolean sameAs(FileStamp other) {
        return other != null && size == other.size && modified.equals(other.modified)
                && Objects.equals(fileKey, other.fileKey);
    }
}
