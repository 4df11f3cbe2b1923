package com.salescallplanner.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * The log folder when the data folder cannot be made: in the system's temporary folder, which
 * every user may write to, yet the log names the rep's folders and prospects. The usual name
 * {@code sales-call-planner-logs-<user>} is used only when it is (or can be made) this user's
 * own folder, not a link, with 0700; a name someone else took first (their folder, a link they
 * planted) is left alone and a new folder with an unpredictable name is made instead.
 */
final class FallbackLogFolder {
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FallbackLogFolder() {
    }

    static Path create(Path tmp, String user) throws IOException {
        String prefix = "sales-call-planner-logs-";
        if (!POSIX) {
            return Files.createDirectories(tmp.resolve(prefix + user)); // the profile's temp folder is the user's
        }
        FileAttribute<Set<PosixFilePermission>> owner = PosixFilePermissions.asFileAttribute(PRIVATE);
        Path usual = tmp.resolve(prefix + user.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            return Files.createDirectory(usual, owner);
        } catch (FileAlreadyExistsException e) {
            if (isMine(usual, user)) {
                Files.setPosixFilePermissions(usual, PRIVATE); // mine, perhaps made by an older version with 0755
                return usual;
            }
            return Files.createTempDirectory(tmp, prefix, owner);
        }
    }

    /** A real folder (a link is not followed) owned by this user. */
    private static boolean isMine(Path p, String user) {
        try {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            UserPrincipal me = p.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
            return a.isDirectory() && !a.isSymbolicLink() && a.owner().equals(me);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
