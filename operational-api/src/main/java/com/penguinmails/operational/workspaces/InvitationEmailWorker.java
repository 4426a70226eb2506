package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.notifications.EmailException;
import com.penguinmails.operational.notifications.EmailSender;
import com.penguinmails.operational.notifications.RetrySchedule;
import com.penguinmails.operational.secrets.SecretSealer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the invitation emails queued in {@link InvitationOutbox}: claims due rows, opens each token with the
 * {@link SecretSealer} (context {@code invitation:<id>}), sends the email and marks the row sent; a failure is retried
 * on the {@link RetrySchedule} and, after its last attempt, the row is given up with the reason kept. Run by a
 * {@code BackgroundLoop} (see {@code AccessFeature}). Never logs a token.
 */
public final class InvitationEmailWorker {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationEmailWorker.class);
    private static final int BATCH_SIZE = 20;
    // Longer than a batch of sends can take with the SMTP timeout, so a claim is not taken twice while it is worked on.
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final InvitationOutbox outbox;
    private final SecretSealer sealer;
    private final InvitationEmail email;
    private final EmailSender sender;
    private final RetrySchedule retry;
    private final Clock clock;
    private final DoubleSupplier random;

    /** @param random uniform numbers in [0, 1) that place the retry jitter */
    public InvitationEmailWorker(InvitationOutbox outbox, SecretSealer sealer, InvitationEmail email,
            EmailSender sender, RetrySchedule retry, Clock clock, DoubleSupplier random) {
        this.outbox = outbox;
        this.sealer = sealer;
        this.email = email;
        this.sender = sender;
        this.retry = retry;
        this.clock = clock;
        this.random = random;
    }

    /** Sends the due invitation emails once and returns how many it tried. */
    public int sendDue() {
        List<InvitationOutbox.Pending> due = outbox.claimDue(BATCH_SIZE, clock.instant(), LEASE);
        for (InvitationOutbox.Pending pending : due) {
            send(pending);
        }
        return due.size();
    }

    private void send(InvitationOutbox.Pending pending) {
        try {
            String token = new String(sealer.open(pending.tokenSealed(), "invitation:" + pending.invitationId()),
                    StandardCharsets.UTF_8);
            sender.send(email.write(pending.recipient(), pending.subject(), token, pending.expiresAt()));
            outbox.markSent(pending.invitationId(), pending.attempt(), clock.instant());
        } catch (EmailException | IllegalArgumentException e) {
            // The messages name the server and its answer, or the sealing problem; neither carries the token.
            fail(pending, e.getMessage());
        }
    }

    private void fail(InvitationOutbox.Pending pending, String error) {
        Instant now = clock.instant();
        Optional<Duration> delay = retry.delayAfter(pending.attempt(), random.getAsDouble());
        outbox.markFailed(pending.invitationId(), pending.attempt(), error, delay.map(now::plus).orElse(null), now);
        if (delay.isPresent()) {
            LOG.warn("invitation {}: email attempt {} failed, retrying in {}: {}", pending.invitationId(),
                    pending.attempt(), delay.get(), error);
        } else {
            LOG.warn("invitation {}: email given up after {} attempts: {}", pending.invitationId(),
                    pending.attempt(), error);
        }
    }
}
