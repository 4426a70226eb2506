package com.penguinmails.operational.billing;

import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.sendingholds.SendingHolds;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires Stripe billing into the service: the billing resource, the Stripe webhook endpoint and the grace-period expiry
 * job that suspends sending.
 */
public final class BillingFeature {

    private final BillingFactory configuration;
    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final SendingHolds holds;
    private final Clock clock;

    public BillingFeature(BillingFactory configuration, Jdbi jdbi, AuditTrail audit, SendingHolds holds, Clock clock) {
        this.configuration = configuration;
        this.jdbi = jdbi;
        this.audit = audit;
        this.holds = holds;
        this.clock = clock;
    }

    /** Registers the resources and the grace-period job. */
    public void register(Environment environment) {
        Plans plans = configuration.buildPlans();
        StripeFactory stripeConfiguration = configuration.getStripe();
        StripeBilling stripe = new StripeBilling(stripeConfiguration.build());
        BillingDao dao = new BillingDao();
        PaymentRecovery recovery = new PaymentRecovery(dao, holds, audit,
                configuration.getGracePeriod().toJavaDuration(), clock);
        environment.jersey().register(new BillingResource(plans,
                new Subscriptions(jdbi, dao, stripe, plans, audit, clock),
                new Invoices(jdbi, dao, stripe, recovery, audit, clock)));
        environment.jersey().register(new StripeWebhookResource(new StripeWebhooks(jdbi, dao, recovery, plans, audit,
                new StripeEventVerifier(stripeConfiguration.getWebhookSecret(),
                        stripeConfiguration.getWebhookTolerance().toJavaDuration(), clock),
                clock)));
        environment.lifecycle().manage(new GracePeriodExpiry(jdbi, recovery,
                configuration.getGraceCheckInterval().toJavaDuration()));
    }
}
