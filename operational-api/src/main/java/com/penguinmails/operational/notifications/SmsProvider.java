package com.penguinmails.operational.notifications;

/** Sends a text message through an SMS provider. The service's implementation is {@link TwilioSmsProvider}. */
@FunctionalInterface
public interface SmsProvider {

    /**
     * Hands a message to the provider.
     *
     * @param to the recipient's number, E.164 ({@code +14155550123})
     * @param text the message; providers split long texts
     * @return the provider's id for the message
     * @throws SmsException when the provider refused it or did not answer
     */
    String send(String to, String text);
}
