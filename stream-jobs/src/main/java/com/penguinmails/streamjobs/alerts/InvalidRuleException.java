package com.penguinmails.streamjobs.alerts;

/** Thrown by {@link AlertRuleParser} for a record that is not a valid alert rule; the message says why. */
public final class InvalidRuleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the field */
    public InvalidRuleException(String message) {
        super(message);
    }
}
