package com.salescallplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.ui.port.ServerSetting;

import org.junit.jupiter.api.Test;

class TeamServerViewModelTest {
    @Test
    void useAtNextStart_goodUrl_isRememberedAndSaysSo() {
        ServerSetting s = ServerSetting.inMemory("");
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run);
        assertThat(vm.now()).isEqualTo("This window is on this computer's data folder.");
        vm.urlProperty().set("  postgresql://ana@db.example.com:5432/sales ");
        vm.useAtNextStart();
        assertThat(s.remembered()).isEqualTo("postgresql://ana@db.example.com:5432/sales");
        assertThat(vm.messageProperty().get()).startsWith("The next start opens postgresql://ana@db.example.com");
    }

    @Test
    void useAtNextStart_badUrl_saysWhyAndKeepsTheEarlierChoice() {
        ServerSetting s = ServerSetting.inMemory("postgresql://ana@db/sales");
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run);
        assertThat(vm.urlProperty().get()).isEqualTo("postgresql://ana@db/sales");
        vm.urlProperty().set("mysql://db/sales");
        vm.useAtNextStart();
        assertThat(vm.messageProperty().get()).isEqualTo("The server URL must start with postgresql://.");
        assertThat(s.remembered()).isEqualTo("postgresql://ana@db/sales");
    }

    @Test
    void useDataFolder_forgetsTheServer() {
        ServerSetting s = ServerSetting.inMemory("postgresql://ana@db/sales");
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run);
        assertThat(vm.now()).isEqualTo("This window is on the team database postgresql://ana@db/sales.");
        vm.useDataFolder();
        assertThat(s.remembered()).isEmpty();
        assertThat(vm.urlProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("The next start opens this computer's data folder.");
    }
}
