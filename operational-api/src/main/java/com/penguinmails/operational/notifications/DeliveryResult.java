package com.penguinmails.operational.notifications;

/**
 * How one delivery attempt went.
 *
 * @param delivered whether the receiver accepted it
 * @param responseCode the HTTP status answered, or null (no answer, or not HTTP)
 * @param error why it failed; null when delivered
 * @param permanent a failure that no retry can fix (the delivery is parked at once)
 */
public record DeliveryResult(boolean delivered, Integer responseCode, String error, boolean permanent) {

    /** Accepted. */
    public static DeliveryResult delivered(Integer responseCode) {
        return new DeliveryResult(true, responseCode, null, false);
    }

    /** Failed; worth trying again later. */
    public static DeliveryResult retry(Integer responseCode, String error) {
        return new DeliveryResult(false, responseCode, error, false);
    }

    /** Failed for good. */
    public static DeliveryResult giveUp(Integer responseCode, String error) {
        return new DeliveryResult(false, responseCode, error, true);
    }
}
