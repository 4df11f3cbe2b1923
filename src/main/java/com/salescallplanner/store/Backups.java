package com.salescallplanner.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code backups} folder: every save first keeps the version it replaces, named by the time
 * that version was saved ({@code planner-2026-11-27T10-00-00.json}). Pruning keeps the
 * {@value #KEEP_RECENT} newest and the newest of each of the last {@value #KEEP_DAYS} days.
 * Only files the store has read (or written) successfully ever get here.
 */
final class Backups {
    static final int KEEP_RECENT = 10;
    static final int KEEP_DAYS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final Pattern NAME = Pattern.compile(
            "planner-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})(?:-(\\d{1,4}))?\\.json");

    private final Path dir;
    private final ZoneId zone;

    private record Entry(Backup backup, int sequence) {
    }

    Backups(Path dir, ZoneId zone) {
        this.dir = dir;
        this.zone = zone;
    }

    Path dir() {
        return dir;
    }

    /** Newest first. */
    List<Backup> list() {
        return entries().stream().map(Entry::backup).toList();
    }

    /** Keeps the current content of {@code file} as a backup: a hard link where possible, else a copy. */
    Backup keep(Path file) throws IOException {
        OwnerOnly.createFolder(dir);
        LocalDateTime saved = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
        Path target = freeName("planner-" + STAMP.format(saved), ".json");
        try {
            Files.createLink(target, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
            AtomicFiles.copy(file, target);
        }
        AtomicFiles.syncFolder(dir);
        return new Backup(target, saved, Files.size(target));
    }

    /** Keeps a file in an older format for good before it is replaced by the current format. */
    Path keepOriginal(Path file, int version, LocalDateTime now) throws IOException {
        OwnerOnly.createFolder(dir);
        Path target = freeName("planner-v" + version + "-original-" + STAMP.format(now), ".json");
        AtomicFiles.copy(file, target);
        return target;
    }

    /** Deletes backups outside the policy; never fails a save (problems are logged). */
    void prune(LocalDate today) {
        List<Entry> all = entries();
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> daysKept = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Backup b = all.get(i).backup();
            LocalDate day = b.savedAt().toLocalDate();
            boolean recentDay = !day.isBefore(today.minusDays(KEEP_DAYS - 1L));
            if (i < KEEP_RECENT || recentDay && daysKept.add(day)) {
                keep.add(b.path());
                daysKept.add(day);
            }
        }
        for (Entry e : all) {
            if (!keep.contains(e.backup().path())) {
                try {
                    Files.deleteIfExists(e.backup().path());
                } catch (IOException ex) {
                    LOG.warn("Could not delete old backup {}: {}", e.backup().path(), IoMessages.describe(ex));
                }
            }
        }
    }

    private Path freeName(String base, String ext) {
        Path p = dir.resolve(base + ext);
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(base + "-" + n + ext);
        }
        return p;
    }

    private List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "planner-*.json")) {
            for (Path p : ds) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    LocalDateTime t = LocalDateTime.parse(m.group(1), STAMP);
                    int seq = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                    out.add(new Entry(new Backup(p, t, Files.size(p)), seq));
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the backups in {}: {}", dir, IoMessages.describe(e));
        }
        out.sort(Comparator.comparing((Entry e) -> e.backup().savedAt()).thenComparingInt(Entry::sequence).reversed());
        return out;
    }
}
