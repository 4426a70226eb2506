package com.penguinmails.operational.notifications;

/**
 * Sends an email. The service's implementation is {@link SmtpEmailSender}; alert notifications and invitations use it.
 */
@FunctionalInterface
public interface EmailSender {

    /**
     * Hands {@code message} to the mail server.
     *
     * @throws EmailException when the server refused it or could not be reached
     */
    void send(EmailMessage message);
}
