package com.salescallplanner.domain.report;

import com.salescallplanner.domain.Stage;

/**
 * How long prospects stay in one open stage. Each prospect that ever was in the stage counts
 * once, with all its days there added up (a prospect moved back and forth counts both stays).
 *
 * @param prospects    how many prospects have been in the stage (the n of the average)
 * @param stillInStage how many of them are in it today; their stay is counted up to today
 * @param averageDays  mean days per prospect, 0 when {@code prospects} is 0
 * @param medianDays   median days per prospect, 0 when {@code prospects} is 0
 */
public record StageDuration(Stage stage, int prospects, int stillInStage, double averageDays, double medianDays) {
}
