package com.salescallplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.store.export.CallSheet;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;

class CallSheetNodeTest {

    @Test
    void build_putsContractAndObjectivesBeforeAttendeesAndHistory() {
        CallSheet sheet = new CallSheet("Call with Acme", "Tue 24 Mar 2026, 10:00-10:30 (UTC)", "Discovery",
                List.of(new CallSheet.Line("Purpose", "Agree next steps")),
                List.of(new CallSheet.ObjectiveLine("Stretch objective", "CFO joins a workshop", "Due: 2026-04-01"),
                        new CallSheet.ObjectiveLine("Conservative objective", "Champion shares the data", "")),
                List.of("Dana Kim"), List.of("Who signs?"), List.of("Discovery since 2026-03-01"), List.of());

        Node node = CallSheetNode.build(sheet, 400);

        List<String> texts = ((VBox) node).getChildren().stream().map(n -> ((Text) n).getText()).toList();
        assertThat(texts).containsSubsequence("Call with Acme", "Up-front contract", "Purpose: Agree next steps",
                "Objectives", "Stretch objective: CFO joins a workshop", "Conservative objective: Champion shares the data",
                "Attendees", "\u2022 Dana Kim", "Questions", "\u2022 Who signs?", "History",
                "\u2022 Discovery since 2026-03-01", "Earlier calls", "None.");
    }
}
