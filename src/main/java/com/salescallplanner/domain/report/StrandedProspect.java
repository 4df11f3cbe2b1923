package com.salescallplanner.domain.report;

import com.salescallplanner.domain.Prospect;
import com.salescallplanner.domain.Stage;

import java.util.OptionalLong;

/**
 * An open prospect without a buyer commitment ahead, for the stranded list.
 *
 * @param reason            why, in words a rep understands
 * @param daysSinceLastCall days since the last call; empty when there has been none
 */
public record StrandedProspect(Prospect prospect, Stage stage, String reason, OptionalLong daysSinceLastCall,
                               long daysInStage) {
}
