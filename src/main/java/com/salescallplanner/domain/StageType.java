package com.salescallplanner.domain;

/** Whether a stage is still open, or closes the deal as won or lost. */
public enum StageType {
    OPEN, WON, LOST;

    public boolean isClosed() {
        return this != OPEN;
    }
}
