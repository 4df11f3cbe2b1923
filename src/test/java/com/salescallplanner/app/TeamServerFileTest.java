package com.salescallplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamServerFileTest {
    @TempDir
    Path folder;

    @Test
    void remember_thenRead_givesTheUrlForTheNextStart() {
        TeamServerFile f = new TeamServerFile(folder, "");
        assertThat(TeamServerFile.read(folder)).isNull();
        assertThat(f.remember("postgresql://ana@db.example.com/sales")).isEmpty();
        assertThat(TeamServerFile.read(folder)).isEqualTo("postgresql://ana@db.example.com/sales");
        assertThat(f.remembered()).isEqualTo("postgresql://ana@db.example.com/sales");
    }

    @Test
    void remember_urlWithAPassword_isRefusedAndChangesNothing() throws Exception {
        TeamServerFile f = new TeamServerFile(folder, "");
        f.remember("postgresql://ana@db.example.com/sales");
        assertThat(f.remember("postgresql://ana:secret@db.example.com/sales")).hasValueSatisfying(
                m -> assertThat(m).contains("Leave the password out"));
        assertThat(Files.readString(folder.resolve(TeamServerFile.FILE)).strip())
                .isEqualTo("postgresql://ana@db.example.com/sales");
    }

    @Test
    void remember_empty_goesBackToTheDataFolder() {
        TeamServerFile f = new TeamServerFile(folder, "postgresql://ana@db/sales");
        f.remember("postgresql://ana@db/sales");
        assertThat(f.remember("")).isEmpty();
        assertThat(TeamServerFile.read(folder)).isNull();
        assertThat(f.current()).isEqualTo("postgresql://ana@db/sales");
    }
}
