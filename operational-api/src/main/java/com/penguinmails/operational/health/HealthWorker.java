package com.penguinmails.operational.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health check scheduler's work, one round at a time ({@link #step()}, run by a background loop): keeps the checks
 * in step with the inventory (every {@code syncInterval}), purges results older than the retention (every
 * {@code purgeInterval}), then claims due checks (SKIP LOCKED, so several instances share the work without running a
 * check twice), runs them outside any transaction, and stores each result in its own transaction together with the
 * alert it opens or closes (published before the commit).
 */
public final class HealthWorker {

    private static final Logger LOG = LoggerFactory.getLogger(HealthWorker.class);
    private static final int PURGE_BATCH = 10_000;

    private final Jdbi jdbi;
    private final HealthCheckDao dao;
    private final HealthCheckRunner runner;
    private final HealthAlertPublisher alerts;
    private final Map<CheckKind, Duration> intervals;
    private final HealthWorkerSettings settings;
    private final Clock clock;
    private final ObjectMapper mapper;
    private Instant nextSync = Instant.MIN;
    private Instant nextPurge = Instant.MIN;

    /** @param intervals how often each kind of check runs (every kind must be present) */
    public HealthWorker(Jdbi jdbi, HealthCheckRunner runner, HealthAlertPublisher alerts,
            Map<CheckKind, Duration> intervals, HealthWorkerSettings settings, Clock clock, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.dao = new HealthCheckDao();
        this.runner = runner;
        this.alerts = alerts;
        this.intervals = Map.copyOf(intervals);
        this.settings = settings;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** One round: sync and purge when due, then the due checks. Returns how many checks ran. */
    public synchronized int step() {
        Instant now = now();
        if (!now.isBefore(nextSync)) {
            sync();
            nextSync = now.plus(settings.syncInterval());
        }
        if (!now.isBefore(nextPurge)) {
            purge();
            nextPurge = now.plus(settings.purgeInterval());
        }
        return runDue();
    }

    /** Brings the checks in step with the inventory; returns how many rows changed. */
    public int sync() {
        Instant now = now();
        return jdbi.inTransaction(handle -> dao.sync(handle, now));
    }

    /** Deletes results older than the retention; returns how many. */
    public int purge() {
        Instant cutoff = now().minus(settings.retention());
        int total = 0;
        int deleted;
        do {
            deleted = jdbi.inTransaction(handle -> dao.purge(handle, cutoff, PURGE_BATCH));
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }

    /** Claims and runs the due checks (one batch); returns how many ran. */
    public int runDue() {
        List<HealthCheck> claimed = jdbi.inTransaction(handle ->
                dao.claimDue(handle, now(), settings.lease(), settings.batchSize()));
        for (HealthCheck check : claimed) {
            CheckResult result;
            try {
                result = runner.run(check);
            } catch (RuntimeException e) {
                LOG.warn("health check {} {} failed to run: {}", check.kind().wire(), check.target(), e.toString());
                result = CheckResult.of(CheckStatus.UNKNOWN, "check could not run: " + e, Map.of());
            }
            store(check, result);
        }
        return claimed.size();
    }

    private void store(HealthCheck claimed, CheckResult result) {
        Instant now = now();
        String measured;
        try {
            measured = mapper.writeValueAsString(result.measured());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbi.useTransaction(handle -> {
            Optional<HealthCheck> locked = dao.lock(handle, claimed.id());
            if (locked.isEmpty()) {
                return;
            }
            HealthCheck check = locked.get();
            Optional<Instant> open = check.alertFiredAt();
            switch (AlertTransition.of(open, result.status())) {
                case FIRE -> {
                    alerts.publish(new HealthAlert(check, now, null, result.detail()));
                    open = Optional.of(now);
                }
                case RESOLVE -> {
                    alerts.publish(new HealthAlert(check, open.orElseThrow(), now, result.detail()));
                    open = Optional.empty();
                }
                case NONE -> {
                }
                default -> throw new IllegalStateException();
            }
            dao.record(handle, check.id(), now, result, measured, now.plus(intervals.get(check.kind())), open);
        });
    }

    // PostgreSQL keeps microseconds: the alert id built from a stored time must equal the one built at firing.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
