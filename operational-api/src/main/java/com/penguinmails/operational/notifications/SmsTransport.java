package com.penguinmails.operational.notifications;

/**
 * Delivers alert notifications of SMS channels: one text to one number (a delivery per number, so a retry never texts
 * a number twice). Refusals the provider calls permanent park the delivery; the rest are retried.
 */
public final class SmsTransport implements DeliveryTransport {

    private final SmsProvider provider;

    public SmsTransport(SmsProvider provider) {
        this.provider = provider;
    }

    @Override
    public DeliveryResult attempt(Delivery delivery) {
        AlertText text = new AlertText(NotificationEnvelope.read(delivery.payload()));
        try {
            provider.send(delivery.recipients().get(0), text.smsText());
            return DeliveryResult.delivered(null);
        } catch (SmsException e) {
            return e.permanent() ? DeliveryResult.giveUp(e.status(), e.getMessage())
                    : DeliveryResult.retry(e.status(), e.getMessage());
        }
    }
}
