package com.penguinmails.operational.usage;

import com.penguinmails.operational.billing.BillingAccount;
import com.penguinmails.operational.billing.BillingAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports each organisation's emails sent in its billing period to Stripe as meter events carrying the increase since
 * the last confirmed report. One round ({@link #runOnce}) covers every active subscription's current period, then
 * every ended period still waiting for its final report (after {@code finalReportDelay}, so late events are in).
 *
 * <p>Never counted twice: the decision (new total, and the whole meter event request: value, identifier derived from
 * the total, event name, timestamp) is committed under a row lock ({@code FOR UPDATE SKIP LOCKED}: another instance
 * deciding the same period skips it) before Stripe is called; until Stripe confirms, every round, from any instance,
 * resends that same request, whose identifier Stripe counts once and whose idempotency key it accepts only with the
 * same parameters; only the confirmation moves the reported total and lets a new decision be made. Safe on several
 * instances at once.
 */
public final class UsageReporter {

    private static final Logger LOG = LoggerFactory.getLogger(UsageReporter.class);
    private static final Duration LAST_SECOND = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final BillingAccounts accounts;
    private final UsageMeter meter;
    private final StripeMeterEvents stripe;
    private final String meterEventName;
    private final UsageReportDao reports = new UsageReportDao();
    private final Duration finalReportDelay;
    private final Clock clock;

    /** @param meterEventName the Stripe meter's event name new reports are made under, e.g. {@code emails_sent} */
    public UsageReporter(Jdbi jdbi, BillingAccounts accounts, UsageMeter meter, StripeMeterEvents stripe,
            String meterEventName, Duration finalReportDelay, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.meter = meter;
        this.stripe = stripe;
        this.meterEventName = meterEventName;
        this.finalReportDelay = finalReportDelay;
        this.clock = clock;
    }

    /** One round over every organisation; returns 0 (work is periodic, never urgent). */
    public int runOnce() {
        Instant now = clock.instant();
        List<BillingAccount> active = jdbi.withHandle(accounts::active);
        for (BillingAccount account : active) {
            if (!now.isBefore(account.periodStart())) {
                jdbi.useHandle(handle -> reports.ensure(handle, account.tenantId(), account.periodStart(),
                        account.periodEnd(), account.stripeCustomerId(), now));
                Instant upTo = now.isBefore(account.periodEnd()) ? now : account.periodEnd();
                reportPeriod(account.tenantId(), account.periodStart(), upTo, false);
            }
        }
        for (UsageReportRow ended : jdbi.withHandle(handle -> reports.endedOpen(handle,
                now.minus(finalReportDelay)))) {
            reportPeriod(ended.tenantId(), ended.periodStart(), ended.periodEnd(), true);
        }
        return 0;
    }

    /**
     * Reports one period's usage counted up to {@code upTo}, then closes the period when {@code last} and nothing is
     * left pending.
     *
     * @return whether Stripe holds the period's count up to {@code upTo} now
     */
    boolean reportPeriod(String tenantId, Instant periodStart, Instant upTo, boolean last) {
        long total = meter.sent(tenantId, periodStart, upTo);
        Instant now = clock.instant();
        Optional<UsageReportRow> decided = jdbi.inTransaction(handle -> {
            Optional<UsageReportRow> locked = reports.lock(handle, tenantId, periodStart);
            if (locked.isEmpty()) {
                return Optional.<UsageReportRow>empty();
            }
            UsageReportRow row = locked.get();
            if (!row.hasPending() && total > row.reportedTotal()) {
                MeterEventReport report = new MeterEventReport(MeterEventIdentifiers.of(tenantId, periodStart, total),
                        meterEventName, row.stripeCustomerId(), total - row.reportedTotal(),
                        timestamp(now, row.periodEnd()));
                reports.decide(handle, row, total, report, now);
                return reports.find(handle, tenantId, periodStart);
            }
            if (row.hasPending() && !row.hasPendingRequest()) {
                // Decided by a version that did not store the request (before V91): fixed once, here, for good.
                reports.fixPendingRequest(handle, row, meterEventName, timestamp(now, row.periodEnd()), now);
                return reports.find(handle, tenantId, periodStart);
            }
            return Optional.of(row);
        });
        if (decided.isEmpty()) {
            return false;
        }
        UsageReportRow row = decided.get();
        if (row.hasPending()) {
            MeterEventReport report = row.pendingReport();
            try {
                stripe.record(report);
                jdbi.useHandle(handle -> reports.confirm(handle, tenantId, periodStart, report.identifier(),
                        clock.instant()));
                LOG.info("usage of {} for the period from {}: {} more emails reported, {} in all", tenantId,
                        periodStart, report.value(), row.pendingTotal());
            } catch (MeterEventFailure e) {
                LOG.warn("usage of {} for the period from {}: report {} not confirmed, sent again next round: {}",
                        tenantId, periodStart, report.identifier(), e.getMessage());
                jdbi.useHandle(handle -> reports.fail(handle, tenantId, periodStart, e.getMessage(),
                        clock.instant()));
                return false;
            }
            if (row.pendingTotal() < total) {
                return reportPeriod(tenantId, periodStart, upTo, last);
            }
        }
        if (last) {
            jdbi.useHandle(handle -> reports.close(handle, tenantId, periodStart, clock.instant()));
        }
        return true;
    }

    /** A report's usage time: the decision's second, or the period's last second once the period has ended. */
    private static Instant timestamp(Instant now, Instant periodEnd) {
        Instant lastSecondOfPeriod = periodEnd.minus(LAST_SECOND).truncatedTo(ChronoUnit.SECONDS);
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        return second.isBefore(lastSecondOfPeriod) ? second : lastSecondOfPeriod;
    }
}
