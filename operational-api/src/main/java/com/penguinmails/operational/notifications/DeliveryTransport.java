package com.penguinmails.operational.notifications;

/** Makes one attempt to deliver a notification of one kind (webhook, email, SMS). */
@FunctionalInterface
public interface DeliveryTransport {

    /** Tries once; never throws for a receiver's failure, which the result reports. */
    DeliveryResult attempt(Delivery delivery);
}
