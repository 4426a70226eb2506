package com.penguinmails.operational.notifications;

/** Thrown by an {@link SmsProvider} when a message was not accepted; the message says why. */
public final class SmsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final Integer status;

    /**
     * @param status the provider's HTTP status, or null when it did not answer
     * @param permanent whether sending the same message again cannot succeed (e.g. an invalid number)
     */
    public SmsException(String message, Integer status, boolean permanent, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.permanent = permanent;
    }

    /** Whether sending the same message again cannot succeed. */
    public boolean permanent() {
        return permanent;
    }

    /** The provider's HTTP status, or null when it did not answer. */
    public Integer status() {
        return status;
    }
}
