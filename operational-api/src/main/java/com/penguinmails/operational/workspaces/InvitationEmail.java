package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.notifications.EmailMessage;
import java.time.Instant;
import java.util.List;

/**
 * Writes the plain-text email that carries an invitation token: the token, how to accept it
 * ({@code POST /v1/invitations/accept} with the token in the body) and, when the web app's accept page is configured, a
 * link to it. Pure.
 */
public final class InvitationEmail {

    private final String acceptPage;

    /**
     * @param acceptPage the web app's page that accepts an invitation (e.g. {@code https://app.example/invitation}),
     *     or null when none is configured
     */
    public InvitationEmail(String acceptPage) {
        this.acceptPage = acceptPage == null || acceptPage.isBlank() ? null : acceptPage;
    }

    /** The email to {@code recipient} with {@code subject} carrying {@code token}, valid until {@code expiresAt}. */
    public EmailMessage write(String recipient, String subject, String token, Instant expiresAt) {
        StringBuilder text = new StringBuilder();
        text.append(subject).append(".\n\n");
        if (acceptPage != null) {
            // The token goes in the fragment, which browsers never send, so it stays out of every request log.
            text.append("Accept the invitation here:\n").append(acceptPage).append("#token=").append(token)
                    .append("\n\n");
        }
        text.append("Your invitation token (single use, valid until ").append(expiresAt).append("):\n")
                .append(token).append("\n\n")
                .append("To accept it through the API, send POST /v1/invitations/accept with the JSON body\n")
                .append("{\"token\": \"").append(token).append("\", \"password\": \"<a new password>\"}\n")
                .append("If you already have a PenguinMails account, sign in and send only the token.\n\n")
                .append("If you did not expect this invitation, ignore this email.\n");
        return new EmailMessage(List.of(recipient), subject, text.toString());
    }
}
