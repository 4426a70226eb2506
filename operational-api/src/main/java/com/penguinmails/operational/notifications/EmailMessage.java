package com.penguinmails.operational.notifications;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text email to send.
 *
 * @param to the recipients' addresses, at least one
 * @param subject the subject line
 * @param text the plain-text body
 */
public record EmailMessage(List<String> to, String subject, String text) {

    public EmailMessage {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("an email needs a recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
