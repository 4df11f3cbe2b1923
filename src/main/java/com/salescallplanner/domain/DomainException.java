package com.salescallplanner.domain;

/**
 * A value broke one of the domain's rules. The message is written for the rep: it names the
 * field and says what is allowed, so the UI, the command line and the store can show it as is.
 */
public class DomainException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
