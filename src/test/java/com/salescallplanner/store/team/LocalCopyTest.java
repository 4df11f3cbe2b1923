package com.salescallplanner.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;
import com.salescallplanner.domain.Prospect;
import com.salescallplanner.store.TestData;
import com.salescallplanner.store.edits.RecordKey;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The team store's copy on this machine (what the window starts from while the server is away). */
class LocalCopyTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234567.89", "125000.50", "0.10", "123456789012345678901234567890"})
    void readSnapshot_ofAWrittenSnapshot_keepsEveryAmountExactly(String amount) throws Exception {
        PlannerData full = TestData.full();
        Prospect acme = full.prospects().get(0);
        PlannerData data = full.withProspect(acme.withCrm(acme.crmId(), new BigDecimal(amount)));
        LocalCopy copy = new LocalCopy(folder);
        copy.writeSnapshot(new LocalCopy.Snapshot(data, Map.of(RecordKey.prospect(acme.id().value()), 3L), 7));

        LocalCopy.Snapshot read = copy.readSnapshot();

        // BigDecimal.equals: the same digits and scale (125000.50 is not 125000.5)
        assertThat(read.data().prospects().get(0).amount()).isEqualTo(new BigDecimal(amount));
        assertThat(read.data()).isEqualTo(data);
        assertThat(read.nextSeq()).isEqualTo(7);
        assertThat(read.versions()).isEqualTo(Map.of(RecordKey.prospect(acme.id().value()), 3L));
    }
}
