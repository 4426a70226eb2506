package com.penguinmails.operational.notifications;

/** Thrown by an {@link EmailSender} when a message could not be handed over; the message says why. */
public final class EmailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param permanent whether the server refused the message for good (a 5xx answer) rather than for now
     */
    public EmailException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    private final boolean permanent;

    /** Whether sending the same message again cannot succeed. */
    public boolean permanent() {
        return permanent;
    }
}
