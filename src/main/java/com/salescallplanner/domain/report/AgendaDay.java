package com.salescallplanner.domain.report;

import java.time.LocalDate;
import java.util.List;

/** The calls of one day, earliest first. */
public record AgendaDay(LocalDate date, List<AgendaCall> calls) {
    public AgendaDay {
        calls = List.copyOf(calls);
    }
}
