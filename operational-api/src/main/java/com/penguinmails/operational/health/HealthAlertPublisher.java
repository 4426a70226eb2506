package com.penguinmails.operational.health;

/** Hands health alerts to the alert pipeline. */
public interface HealthAlertPublisher {

    /**
     * Publishes {@code alert} and returns once it is durably accepted; throws when it could not be (the caller's
     * transaction then rolls back and the check runs again later, so a record may be published twice: the notifier
     * delivers each (alert id, state) once).
     */
    void publish(HealthAlert alert);
}
