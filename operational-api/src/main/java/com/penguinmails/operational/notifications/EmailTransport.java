package com.penguinmails.operational.notifications;

/**
 * Delivers alert notifications of email channels: one message to all of the channel's addresses. A permanent SMTP
 * refusal (5xx, invalid address) parks the delivery; anything else is retried.
 */
public final class EmailTransport implements DeliveryTransport {

    private final EmailSender sender;

    public EmailTransport(EmailSender sender) {
        this.sender = sender;
    }

    @Override
    public DeliveryResult attempt(Delivery delivery) {
        AlertText text = new AlertText(NotificationEnvelope.read(delivery.payload()));
        try {
            sender.send(new EmailMessage(delivery.recipients(), text.subject(), text.emailBody()));
            return DeliveryResult.delivered(null);
        } catch (EmailException e) {
            return e.permanent() ? DeliveryResult.giveUp(null, e.getMessage())
                    : DeliveryResult.retry(null, e.getMessage());
        }
    }
}
