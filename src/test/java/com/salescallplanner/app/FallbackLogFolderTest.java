package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the data folder cannot be made, the log goes to the system's temporary folder, which
 * every user can write to. The log names the rep's data folder and prospects, so the folder
 * must be the user's own and private (0700): a name someone else created first (a folder of
 * theirs, or a link to one) is never used.
 */
class FallbackLogFolderTest {
    @TempDir
    Path tmp;
    @TempDir
    Path elsewhere;
    private String savedTmp;
    private String savedLogDir;
    private Path dataFolderThatIsAFile;
    private Path predictable;

    @BeforeEach
    void pointTheTemporaryFolderHere() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        savedTmp = System.getProperty("java.io.tmpdir");
        savedLogDir = System.getProperty(LoggingSetup.LOG_DIR_PROPERTY);
        System.setProperty("java.io.tmpdir", tmp.toString());
        System.clearProperty(LoggingSetup.LOG_DIR_PROPERTY);
        dataFolderThatIsAFile = Files.writeString(elsewhere.resolve("data"), "a file, so no data folder here");
        predictable = tmp.resolve("sales-call-planner-logs-" + System.getProperty("user.name"));
    }

    @AfterEach
    void restore() {
        if (savedTmp != null) {
            System.setProperty("java.io.tmpdir", savedTmp);
        }
        if (savedLogDir == null) {
            System.clearProperty(LoggingSetup.LOG_DIR_PROPERTY);
        } else {
            System.setProperty(LoggingSetup.LOG_DIR_PROPERTY, savedLogDir);
        }
    }

    private Path configured() {
        LoggingSetup.configure(dataFolderThatIsAFile);
        return Path.of(System.getProperty(LoggingSetup.LOG_DIR_PROPERTY));
    }

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private static UserPrincipal me() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static void assertPrivateFolderOfMine(Path logs) throws IOException {
        assertThat(Files.isDirectory(logs, LinkOption.NOFOLLOW_LINKS)).as("a real folder, not a link").isTrue();
        assertThat(perms(logs)).isEqualTo("rwx------");
        assertThat(Files.getOwner(logs, LinkOption.NOFOLLOW_LINKS)).isEqualTo(me());
    }

    @Test
    void configure_dataFolderCannotBeMade_logsToAPrivateFolderOfTheUserInTmp() throws IOException {
        Path logs = configured();
        assertThat(logs.getParent()).isEqualTo(tmp);
        assertPrivateFolderOfMine(logs);
    }

    @Test
    void configure_theUsualNameIsALinkSomeonePlanted_isNotFollowed() throws IOException {
        Path theirs = Files.createDirectory(elsewhere.resolve("theirs"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.createSymbolicLink(predictable, theirs);
        Path logs = configured();
        assertThat(logs.toRealPath()).isNotEqualTo(theirs.toRealPath());
        assertThat(logs.getParent()).isEqualTo(tmp);
        assertPrivateFolderOfMine(logs);
        try (Stream<Path> s = Files.list(theirs)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void configure_theUsualNameIsAnotherUsersFolder_isNotUsed() throws IOException {
        Files.createDirectory(predictable);
        try {
            Files.setOwner(predictable, FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName("nobody"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "only root can give a folder to another user here");
        }
        Path logs = configured();
        assertThat(logs).isNotEqualTo(predictable);
        assertPrivateFolderOfMine(logs);
    }

    @Test
    void configure_theUsersOwnFolderWithLooseRights_isReusedAndMadePrivate() throws IOException {
        Files.createDirectory(predictable);
        Files.setPosixFilePermissions(predictable, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(configured()).isEqualTo(predictable);
        assertPrivateFolderOfMine(predictable);
    }
}
