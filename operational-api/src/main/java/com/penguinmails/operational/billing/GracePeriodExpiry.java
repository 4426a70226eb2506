package com.penguinmails.operational.billing;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suspends the sending of organisations whose failed-payment grace period ended, at a fixed interval while the service
 * runs. Safe on several instances at once: each round locks the rows it handles and skips those another holds.
 */
public final class GracePeriodExpiry implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(GracePeriodExpiry.class);
    private static final int BATCH = 100;

    private final Jdbi jdbi;
    private final PaymentRecovery recovery;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public GracePeriodExpiry(Jdbi jdbi, PaymentRecovery recovery, Duration interval) {
        this.jdbi = jdbi;
        this.recovery = recovery;
        this.interval = interval;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "billing-grace-period-expiry");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runLogged, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Runs one round now, in batches until none is left; how many organisations were suspended. */
    public int runOnce() {
        int total = 0;
        int suspended;
        do {
            suspended = jdbi.inTransaction(handle -> recovery.suspendOverdue(handle, BATCH));
            total += suspended;
        } while (suspended == BATCH);
        return total;
    }

    private void runLogged() {
        try {
            int suspended = runOnce();
            if (suspended > 0) {
                LOG.info("suspended the sending of {} organisations whose payment grace period ended", suspended);
            }
        } catch (RuntimeException e) {
            LOG.warn("grace period expiry failed; the next round retries", e);
        }
    }
}
