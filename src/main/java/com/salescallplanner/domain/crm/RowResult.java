package com.salescallplanner.domain.crm;

import com.salescallplanner.domain.StageId;

/**
 * What happened to one row.
 *
 * @param line    the physical line of the file on which the row starts
 * @param label   the company and deal, as far as they could be read
 * @param stageId the planner stage the row maps to, or null when the row was rejected
 * @param detail  the reason for a rejection, or what an update changed
 */
public record RowResult(int line, RowStatus status, String label, StageId stageId, String detail) {
}
