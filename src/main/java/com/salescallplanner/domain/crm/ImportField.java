package com.salescallplanner.domain.crm;

import java.util.List;

/**
 * The prospect fields an import can fill, each with the column names it is known by: first the
 * CRMs' own export headers, then common names in hand-made files.
 */
public enum ImportField {
    CRM_ID("CRM record id", List.of("Opportunity ID", "Record ID", "Deal ID", "CRM ID", "ID")),
    COMPANY("Company", List.of("Account Name", "Associated Company", "Associated Company (Primary)",
            "Company Name", "Company", "Account", "Organisation", "Organization", "Customer")),
    DEAL_NAME("Deal name", List.of("Opportunity Name", "Deal Name", "Opportunity", "Deal", "Name")),
    STAGE("Stage", List.of("Stage", "Deal Stage", "Opportunity Stage", "Sales Stage", "Status")),
    AMOUNT("Amount", List.of("Amount", "Amount in company currency", "Deal Value", "Value",
            "Opportunity Amount", "Total")),
    STAGE_SINCE("In stage since", List.of("Last Stage Change Date", "Stage Date", "Stage Since",
            "Date Entered Stage")),
    CREATED("Created", List.of("Created Date", "Create Date", "Created")),
    CLOSE_DATE("Close date", List.of("Close Date", "Expected Close Date", "Close")),
    OWNER("Owner", List.of("Opportunity Owner", "Deal Owner", "Owner", "Sales Rep"));

    private final String label;
    private final List<String> knownHeaders;

    ImportField(String label, List<String> knownHeaders) {
        this.label = label;
        this.knownHeaders = knownHeaders;
    }

    /** What the wizard calls the field. */
    public String label() {
        return label;
    }

    /** Header names this field is recognised by, best first (compared ignoring case and blanks). */
    public List<String> knownHeaders() {
        return knownHeaders;
    }

    /** Fields holding a date, parsed with the file's date order. */
    public boolean isDate() {
        return this == STAGE_SINCE || this == CREATED || this == CLOSE_DATE;
    }
}
