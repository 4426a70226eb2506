package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.secrets.SecretSealer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * Queues invitation mails in the table {@code invitation_outbox}, due at once, for {@link InvitationEmailWorker} (or the
 * operator's own mail delivery when SMTP is not configured), with the token sealed by the {@link SecretSealer} (context
 * {@code invitation:<id>}), so the database alone does not reveal it.
 */
public final class OutboxInvitationMailer implements InvitationMailer {

    private final SecretSealer sealer;
    private final Clock clock;

    public OutboxInvitationMailer(SecretSealer sealer, Clock clock) {
        this.sealer = sealer;
        this.clock = clock;
    }

    @Override
    public void deliver(Handle handle, Invitation invitation, String workspaceName, String token) {
        handle.createUpdate("""
                        INSERT INTO invitation_outbox (invitation_id, recipient, subject, token_sealed, queued_at,
                                                       next_attempt_at)
                        VALUES (:id, :recipient, :subject, :token, :now, :now)""")
                .bind("id", invitation.id())
                .bind("recipient", invitation.email())
                .bind("subject", "You are invited to the PenguinMails workspace " + workspaceName)
                .bind("token", sealer.seal(token.getBytes(StandardCharsets.UTF_8), "invitation:" + invitation.id()))
                .bind("now", clock.instant())
                .execute();
    }
}
