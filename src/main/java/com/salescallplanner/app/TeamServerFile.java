package com.salescallplanner.app;

import com.salescallplanner.store.AtomicFiles;
import com.salescallplanner.store.team.TeamUrl;
import com.salescallplanner.ui.port.ServerSetting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.LoggerFactory;

/**
 * Settings > Team's choice, in {@code team-server} in the data folder: the team database the
 * window opens when started without {@code --server} (no file: the data folder). A file that
 * cannot be read counts as no choice; the window then opens the data folder, as before.
 */
final class TeamServerFile implements ServerSetting {
    static final String FILE = "team-server";

    private final Path file;
    private final String current;

    /** @param current the URL the window is on now, or "" */
    TeamServerFile(Path dataFolder, String current) {
        this.file = dataFolder.resolve(FILE);
        this.current = current == null ? "" : current;
    }

    /** The remembered URL, or null: for the composition root, before the window starts. */
    static String read(Path dataFolder) {
        Path f = dataFolder.resolve(FILE);
        try {
            if (!Files.isRegularFile(f)) {
                return null;
            }
            String url = Files.readString(f, StandardCharsets.UTF_8).strip();
            return url.isEmpty() ? null : url;
        } catch (IOException e) {
            LoggerFactory.getLogger(TeamServerFile.class).warn("{} could not be read; opening the data folder", f, e);
            return null;
        }
    }

    @Override
    public String current() {
        return current;
    }

    @Override
    public String remembered() {
        String r = read(file.getParent());
        return r == null ? "" : r;
    }

    @Override
    public Optional<String> remember(String url) {
        String u = url == null ? "" : url.strip();
        try {
            if (u.isEmpty()) {
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            TeamUrl.parse(u, System.getProperty("user.name"));
            AtomicFiles.write(file, out -> out.write((u + "\n").getBytes(StandardCharsets.UTF_8)));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of("Cannot write " + file + ": " + e.getMessage());
        }
    }
}
