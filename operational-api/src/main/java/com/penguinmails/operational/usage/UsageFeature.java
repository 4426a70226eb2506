package com.penguinmails.operational.usage;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.billing.BillingAccounts;
import com.penguinmails.operational.billing.StripeFactory;
import com.penguinmails.operational.budgets.BudgetChanges;
import com.penguinmails.operational.budgets.BudgetDao;
import com.penguinmails.operational.budgets.BudgetEvaluator;
import com.penguinmails.operational.budgets.BudgetNotifications;
import com.penguinmails.operational.budgets.BudgetsResource;
import com.penguinmails.operational.budgets.WorkspaceBudgetResource;
import com.penguinmails.operational.notifications.BackgroundLoop;
import com.penguinmails.operational.notifications.DeliveryQueue;
import com.penguinmails.operational.sendingholds.InternalSendingHoldsResource;
import com.penguinmails.operational.sendingholds.PostgresSendingHolds;
import com.penguinmails.operational.sendingholds.SendingHoldsResource;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires usage metering, budgets and sending holds into the service: the usage, budgets and sending-holds resources,
 * the budget checks and (unless {@code usage.reporting} is false) the usage reporter, both as background loops of the application.
 */
public final class UsageFeature {

    private final UsageFactory config;
    private final ClickHouseFactory clickHouse;
    private final StripeFactory stripe;
    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final BillingAccounts accounts;
    private final Clock clock;

    /** @param stripe the Stripe connection usage is reported through (the billing feature's) */
    public UsageFeature(UsageFactory config, ClickHouseFactory clickHouse, StripeFactory stripe, Jdbi jdbi,
            AuditTrail audit, BillingAccounts accounts, Clock clock) {
        this.config = config;
        this.clickHouse = clickHouse;
        this.stripe = stripe;
        this.jdbi = jdbi;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Registers the resources and starts the background work with the application's lifecycle. */
    public void register(Environment environment) {
        Client client = clickHouse.build();
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                client.close();
            }
        });
        UsageMeter meter = new ClickHouseUsageMeter(client, clickHouse.getDatabase());
        PostgresSendingHolds holds = new PostgresSendingHolds(audit, clock);
        BudgetDao budgets = new BudgetDao();
        BudgetEvaluator evaluator = new BudgetEvaluator(jdbi, budgets, accounts, meter, holds,
                new BudgetNotifications(new DeliveryQueue(jdbi)), clock);

        environment.jersey().register(new SendingHoldsResource(jdbi, holds));
        environment.jersey().register(new InternalSendingHoldsResource(jdbi, holds));
        environment.jersey().register(new UsageResource(jdbi, accounts, meter, clock));
        BudgetChanges changes = new BudgetChanges(jdbi, budgets, evaluator, audit, clock);
        environment.jersey().register(new BudgetsResource(changes));
        environment.jersey().register(new WorkspaceBudgetResource(changes));
        environment.lifecycle().manage(new BackgroundLoop("budget-checks", evaluator::runOnce,
                config.getBudgetInterval().toJavaDuration()));
        if (config.isReporting()) {
            UsageReporter reporter = new UsageReporter(jdbi, accounts, meter, config.buildMeterEvents(stripe.build()),
                    config.getMeterEventName(), config.getFinalReportDelay().toJavaDuration(), clock);
            environment.lifecycle().manage(new BackgroundLoop("usage-reporting", reporter::runOnce,
                    config.getReportInterval().toJavaDuration()));
        }
    }
}
