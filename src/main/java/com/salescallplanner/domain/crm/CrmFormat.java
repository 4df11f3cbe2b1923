package com.salescallplanner.domain.crm;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a CSV file comes from, which decides the column names and stage names expected. */
public enum CrmFormat {
    SALESFORCE("Salesforce opportunity report"),
    HUBSPOT("HubSpot deal export"),
    GENERIC("Other CSV");

    private final String displayName;

    CrmFormat(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Salesforce when the header names opportunities, HubSpot when it names deals and their stage or record id. */
    public static CrmFormat detect(List<String> headers) {
        Set<String> h = headers.stream().map(CrmFormat::normalise).collect(Collectors.toSet());
        if (h.contains("opportunity name") || h.contains("opportunity id")) {
            return SALESFORCE;
        }
        if (h.contains("deal name") && (h.contains("deal stage") || h.contains("record id"))) {
            return HUBSPOT;
        }
        return GENERIC;
    }

    /** Lower case with runs of blanks made one space: how column and stage names are compared. */
    static String normalise(String name) {
        return name == null ? "" : BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Compiled once: an import normalises a few names per row, and String.replaceAll compiles each time. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");
}
