package com.salescallplanner.store.crm;

import com.salescallplanner.domain.crm.ColumnMapping;
import com.salescallplanner.domain.crm.CrmFormat;
import com.salescallplanner.domain.crm.CsvTable;
import com.salescallplanner.domain.crm.ImportField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void detect_salesforceReport_mapsEveryKnownColumn() {
        CsvTable t = Fixtures.table("salesforce-opportunities.csv");

        ColumnMapping m = ColumnMapping.detect(t.headers());

        assertThat(CrmFormat.detect(t.headers())).isEqualTo(CrmFormat.SALESFORCE);
        assertThat(m.headerOf(ImportField.CRM_ID)).isEqualTo("Opportunity ID");
        assertThat(m.headerOf(ImportField.COMPANY)).isEqualTo("Account Name");
        assertThat(m.headerOf(ImportField.DEAL_NAME)).isEqualTo("Opportunity Name");
        assertThat(m.headerOf(ImportField.STAGE)).isEqualTo("Stage");
        assertThat(m.headerOf(ImportField.AMOUNT)).isEqualTo("Amount");
        assertThat(m.headerOf(ImportField.CLOSE_DATE)).isEqualTo("Close Date");
        assertThat(m.headerOf(ImportField.OWNER)).isEqualTo("Opportunity Owner");
        assertThat(m.headerOf(ImportField.CREATED)).isEqualTo("Created Date");
        assertThat(m.has(ImportField.STAGE_SINCE)).isFalse();
    }

    @Test
    void detect_hubspotExport_mapsDealColumns() {
        CsvTable t = Fixtures.table("hubspot-deals.csv");

        ColumnMapping m = ColumnMapping.detect(t.headers());

        assertThat(CrmFormat.detect(t.headers())).isEqualTo(CrmFormat.HUBSPOT);
        assertThat(m.headerOf(ImportField.CRM_ID)).isEqualTo("Record ID");
        assertThat(m.headerOf(ImportField.COMPANY)).isEqualTo("Associated Company");
        assertThat(m.headerOf(ImportField.DEAL_NAME)).isEqualTo("Deal Name");
        assertThat(m.headerOf(ImportField.STAGE)).isEqualTo("Deal Stage");
        assertThat(m.headerOf(ImportField.CREATED)).isEqualTo("Create Date");
        assertThat(m.headerOf(ImportField.OWNER)).isEqualTo("Deal owner");
    }

    @Test
    void detect_handMadeHeader_mapsSynonyms() {
        CsvTable t = Fixtures.table("generic-prospects.csv");

        ColumnMapping m = ColumnMapping.detect(t.headers());

        assertThat(CrmFormat.detect(t.headers())).isEqualTo(CrmFormat.GENERIC);
        assertThat(m.headerOf(ImportField.COMPANY)).isEqualTo("Customer");
        assertThat(m.headerOf(ImportField.DEAL_NAME)).isEqualTo("Opportunity");
        assertThat(m.headerOf(ImportField.STAGE)).isEqualTo("Status");
        assertThat(m.headerOf(ImportField.AMOUNT)).isEqualTo("Value");
        assertThat(m.headerOf(ImportField.STAGE_SINCE)).isEqualTo("Stage Since");
    }

    @Test
    void with_movesOrClearsOneField() {
        ColumnMapping m = ColumnMapping.detect(List.of("A", "B", "Company"));

        ColumnMapping changed = m.with(ImportField.COMPANY, 0).with(ImportField.STAGE, 1).with(ImportField.AMOUNT, null);

        assertThat(changed.headerOf(ImportField.COMPANY)).isEqualTo("A");
        assertThat(changed.headerOf(ImportField.STAGE)).isEqualTo("B");
        assertThat(m.headerOf(ImportField.COMPANY)).isEqualTo("Company");
    }

    @Test
    void new_columnOutsideTheFile_isRefused() {
        assertThatThrownBy(() -> new ColumnMapping(List.of("A"), Map.of(ImportField.COMPANY, 3)))
                .hasMessageContaining("Company").hasMessageContaining("1 columns");
    }
}
