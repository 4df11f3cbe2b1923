package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.StageId;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a CRM file, read and checked, before it is matched with the rep's prospects.
 * Fields whose column is not mapped are null (text fields "" when mapped but empty).
 *
 * @param stageId    the planner's stage for the row's CRM stage, or null when no stage column is mapped
 * @param stageSince when the deal entered its current stage, per the CRM
 */
record CrmRecord(int line, String crmId, String company, String dealName, StageId stageId,
                 BigDecimal amount, LocalDate stageSince, LocalDate created, LocalDate closeDate, String owner) {
}
