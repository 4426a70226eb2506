package com.penguinmails.operational.warmup;

import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.kafka.KafkaClientsFactory;
import com.penguinmails.operational.notifications.BackgroundLoop;
import com.penguinmails.operational.notifications.KafkaConsumerLoop;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires warm-up into the service: the workspace and internal resources, the loop keeping mailboxes' daily limits in
 * step with the ramp, and (when {@code warmup.consumeAutoPause}) the consumer of {@code auto_pause} alerts that cuts
 * limits.
 */
public final class WarmupFeature {

    /** The auto-pause consumer's group. */
    public static final String AUTO_PAUSE_GROUP = "operational-warmup";

    private final WarmupFactory config;
    private final KafkaClientsFactory kafka;
    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;

    public WarmupFeature(WarmupFactory config, KafkaClientsFactory kafka, Jdbi jdbi, AuditTrail audit, Clock clock) {
        this.config = config;
        this.kafka = kafka;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the resources and, when enabled, starts the auto-pause consumer with the application. */
    public void register(Environment environment) {
        WarmupSchedules schedules = new WarmupSchedules(jdbi, audit, clock);
        environment.jersey().register(new WarmupResource(schedules));
        environment.jersey().register(new WarmupLimitsResource(schedules));
        environment.lifecycle().manage(new BackgroundLoop("warmup-mailbox-limits", () -> {
            schedules.refreshMailboxLimits();
            return 0;
        }, config.getMailboxLimitRefresh().toJavaDuration()));
        if (config.isConsumeAutoPause()) {
            environment.lifecycle().manage(new KafkaConsumerLoop("warmup-auto-pause",
                    kafka.consumerProperties(AUTO_PAUSE_GROUP), config.getAlertsTopic(),
                    new AutoPauseCuts(jdbi, schedules, audit, clock)));
        }
    }
}
