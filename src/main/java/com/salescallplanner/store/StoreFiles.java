package com.salescallplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a data folder's store owns and nothing else may write: the folder itself, the data
 * file, the lock, every other {@code planner*} file beside them (a save's temporary file, a file
 * set aside as unreadable, a journal) and everything in {@code backups/}.
 *
 * <p>An export asks {@link #claim} before it writes. Paths are compared as the operating system
 * would resolve them: {@code ..} and symbolic links (in the folders and the file itself) are
 * followed to the real path, an existing file is also compared by identity, and names are compared
 * ignoring case and Unicode composition (and Windows' trailing dots and blanks), because on a
 * case-insensitive disk {@code PLANNER.JSON} is the data file. A name that is only the same up to
 * case on a case-sensitive disk is refused too: a second "planner.json" is no export name.
 */
public final class StoreFiles {
    private static final String OWN_FILES = "planner.json, planner.lock, the other planner* files and "
            + PlannerStore.BACKUP_FOLDER + "/";

    private StoreFiles() {
    }

    /**
     * Why {@code target} must not be written by anything but the store of {@code folder}, or empty
     * when it may: "/home/ana/planner/planner.json, the planner's data file".
     */
    public static Optional<String> claim(Path folder, Path target) {
        Path dir = realPath(folder);
        List<Path> ways = new ArrayList<>();
        ways.add(realPath(target));
        if (Files.exists(target)) {
            try {
                ways.add(target.toRealPath());
            } catch (IOException e) {
                // the path as resolved above stands
            }
        }
        for (Path t : ways) {
            Optional<String> what = what(dir, t);
            if (what.isPresent()) {
                return Optional.of(t + ", " + what.get());
            }
        }
        return sameAsAnExistingOwnFile(dir, target);
    }

    /** The sentence an export says when it refuses: what the file is, and what to do. */
    public static String refusal(Path folder, Path target) {
        return claim(folder, target).map(c -> "that is " + c + ". An export never writes over Sales Call Planner's own"
                + " files (" + OWN_FILES + " in " + realPath(folder) + "); choose another file.").orElse("");
    }

    private static Optional<String> what(Path dir, Path t) {
        if (sameFolder(t, dir)) {
            return Optional.of("the planner's data folder");
        }
        for (Path a = t; a != null && a.getParent() != null; a = a.getParent()) {
            if (sameFolder(a.getParent(), dir) && fold(a.getFileName()).equals(PlannerStore.BACKUP_FOLDER)) {
                return Optional.of(a == t ? "the planner's backups folder" : "in the planner's backups folder");
            }
        }
        if (t.getParent() == null || !sameFolder(t.getParent(), dir)) {
            return Optional.empty();
        }
        String name = fold(t.getFileName());
        if (name.equals(PlannerStore.FILE_NAME)) {
            return Optional.of("the planner's data file");
        }
        if (name.equals(FolderLock.FILE_NAME)) {
            return Optional.of("the planner's lock file");
        }
        return name.startsWith("planner") ? Optional.of("a file the planner keeps beside its data file")
                : Optional.empty();
    }

    /** A hard link (or a name the disk folds to) the data file or the lock, found by identity. */
    private static Optional<String> sameAsAnExistingOwnFile(Path dir, Path target) {
        for (String own : List.of(PlannerStore.FILE_NAME, FolderLock.FILE_NAME)) {
            Path f = dir.resolve(own);
            try {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(f) && Files.isSameFile(target, f)) {
                    return Optional.of(target + ", the same file as " + f);
                }
            } catch (IOException e) {
                // cannot compare: the name rules above decided
            }
        }
        return Optional.empty();
    }

    private static boolean sameFolder(Path a, Path dir) {
        if (a.equals(dir)) {
            return true;
        }
        try {
            return Files.isDirectory(a) && Files.isDirectory(dir) && Files.isSameFile(a, dir);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path the operating system would reach: the real path of its longest existing part
     * (links and {@code ..} resolved there), followed by the rest, which cannot hold a link.
     */
    static Path realPath(Path p) {
        Path abs = p.toAbsolutePath();
        int n = abs.getNameCount();
        for (int i = n; i >= 0; i--) {
            Path head = i == 0 ? abs.getRoot() : abs.getRoot().resolve(abs.subpath(0, i));
            if (head != null && Files.exists(head)) {
                try {
                    Path real = head.toRealPath();
                    return i == n ? real : real.resolve(abs.subpath(i, n)).normalize();
                } catch (IOException e) {
                    break;
                }
            }
        }
        return abs.normalize();
    }

    /** A name as a case-insensitive, composition-insensitive disk sees it. */
    private static String fold(Path name) {
        String s = Normalizer.normalize(name.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[. ]+$", "");
    }
}
