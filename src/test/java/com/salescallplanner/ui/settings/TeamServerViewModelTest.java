package com.salescallplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.ui.port.InMemoryServerSetting;
import com.salescallplanner.ui.port.ServerSetting;

import org.junit.jupiter.api.Test;

class TeamServerViewModelTest {
    @Test
    void useTeamDatabase_noSwitchWired_goodUrl_isRememberedAndSaysSo() {
        ServerSetting s = new InMemoryServerSetting("");
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run);
        assertThat(vm.now()).isEqualTo("This window is on this computer's data folder.");
        vm.urlProperty().set("  postgresql://ana@db.example.com:5432/sales ");
        vm.useTeamDatabase();
        assertThat(s.remembered()).isEqualTo("postgresql://ana@db.example.com:5432/sales");
        assertThat(vm.messageProperty().get()).startsWith("The next start opens postgresql://ana@db.example.com");
    }

    @Test
    void useTeamDatabase_noSwitchWired_badUrl_saysWhyAndKeepsTheEarlierChoice() {
        ServerSetting s = new InMemoryServerSetting("postgresql://ana@db/sales");
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run);
        assertThat(vm.urlProperty().get()).isEqualTo("postgresql://ana@db/sales");
        vm.urlProperty().set("mysql://db/sales");
        vm.useTeamDatabase();
        assertThat(vm.messageProperty().get()).isEqualTo("The server URL must start with postgresql://.");
        assertThat(s.remembered()).isEqualTo("postgresql://ana@db/sales");
    }

    @Test
    void useDataFolder_noSwitchWired_forgetsTheServerForTheNextStart() {
        ServerSetting s = new InMemoryServerSetting("postgresql://ana@db/sales");
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run);
        assertThat(vm.now()).isEqualTo("This window is on the team database postgresql://ana@db/sales.");
        vm.useDataFolder();
        assertThat(s.remembered()).isEmpty();
        assertThat(vm.urlProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("The next start opens this computer's data folder.");
    }

    @Test
    void useTeamDatabase_switchWired_remembersThenSwitchesAndSaysNothingMore() {
        ServerSetting s = new InMemoryServerSetting("");
        int[] switches = {0};
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run, () -> {
            switches[0]++;
            return true;
        });
        vm.urlProperty().set("postgresql://ana@db/sales");
        vm.useTeamDatabase();
        assertThat(s.remembered()).isEqualTo("postgresql://ana@db/sales");
        assertThat(switches[0]).isEqualTo(1);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void useTeamDatabase_badUrl_doesNotSwitch() {
        int[] switches = {0};
        TeamServerViewModel vm = new TeamServerViewModel(new InMemoryServerSetting(""), Runnable::run, Runnable::run,
                () -> ++switches[0] > 0);
        vm.urlProperty().set("db.example.com");
        vm.useTeamDatabase();
        assertThat(switches[0]).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("The server URL must start with postgresql://.");
    }

    @Test
    void useTeamDatabase_theStoreThisWindowIsOn_saysSoAndDoesNotSwitch() {
        int[] switches = {0};
        TeamServerViewModel vm = new TeamServerViewModel(new InMemoryServerSetting("postgresql://ana@db/sales"),
                Runnable::run, Runnable::run, () -> ++switches[0] > 0);
        vm.useTeamDatabase();
        assertThat(switches[0]).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("This window is on postgresql://ana@db/sales already.");
    }

    @Test
    void useDataFolder_rep_staysWithAnUnsavedPlan_theNextStartOpensTheFolder() {
        ServerSetting s = new InMemoryServerSetting("postgresql://ana@db/sales");
        TeamServerViewModel vm = new TeamServerViewModel(s, Runnable::run, Runnable::run, () -> false);
        vm.useDataFolder();
        assertThat(s.remembered()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("The next start opens this computer's data folder.");
    }
}
