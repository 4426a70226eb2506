package com.penguinmails.operational.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of the provisioning worker: claims the servers due now (a lease, with SKIP LOCKED, so several service
 * instances share the work without taking the same server), advances each by one {@link ServerProvisioning} step
 * outside any transaction, and stores the outcome. Safe to run on several instances at once.
 */
public final class ProvisioningWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningWorker.class);

    private final Jdbi jdbi;
    private final ServerDao dao = new ServerDao();
    private final ServerProvisioning provisioning;
    private final Clock clock;
    private final Duration lease;
    private final int batchSize;

    /**
     * @param lease how long a claimed server is left to this instance: longer than one step's provider calls take
     * @param batchSize the most servers one round claims
     */
    public ProvisioningWorker(Jdbi jdbi, ServerProvisioning provisioning, Clock clock, Duration lease,
            int batchSize) {
        this.jdbi = jdbi;
        this.provisioning = provisioning;
        this.clock = clock;
        this.lease = lease;
        this.batchSize = batchSize;
    }

    /** Runs one round; returns how many servers it advanced. */
    public int runOnce() {
        List<Server> due = jdbi.inTransaction(handle -> dao.claimDue(handle, clock.instant(), lease, batchSize));
        for (Server server : due) {
            ProvisioningStep step = provisioning.advance(server, clock.instant(),
                    () -> jdbi.useHandle(handle -> dao.markCreateSent(handle, server.id(), clock.instant())));
            Instant now = clock.instant();
            boolean stored = jdbi.inTransaction(handle -> dao.applyStep(handle, server, step, now));
            if (stored && step.status() != server.status()) {
                LOG.info("server {} ({}): {} -> {}", server.id(), server.provider(), server.status().wireName(),
                        step.status().wireName());
            }
            if (step.lastError() != null) {
                LOG.warn("server {} ({}): {} (attempt {})", server.id(), server.provider(), step.lastError(),
                        step.attempts());
            }
        }
        return due.size();
    }
}
