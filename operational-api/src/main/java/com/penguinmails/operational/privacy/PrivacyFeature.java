package com.penguinmails.operational.privacy;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.audit.AuditDao;
import com.penguinmails.operational.audit.AuditResource;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.kafka.KafkaClientsFactory;
import com.penguinmails.operational.suppressions.SuppressionConsumer;
import com.penguinmails.operational.suppressions.SuppressionDao;
import com.penguinmails.operational.suppressions.SuppressionResource;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires audit queries, suppression lists and contact export/erasure into the service: their resources, the consumer
 * feeding suppressions from {@code events.raw}, the erasure sweeper and the ClickHouse client they share.
 */
public final class PrivacyFeature {

    private final PrivacyFactory settings;
    private final ClickHouseFactory clickHouse;
    private final KafkaClientsFactory kafka;
    private final Jdbi jdbi;
    private final AuditTrail audit;

    public PrivacyFeature(PrivacyFactory settings, ClickHouseFactory clickHouse, KafkaClientsFactory kafka, Jdbi jdbi,
            AuditTrail audit) {
        this.settings = settings;
        this.clickHouse = clickHouse;
        this.kafka = kafka;
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Registers the resources and managed objects with {@code environment}. */
    public void register(Environment environment) {
        ObjectMapper mapper = environment.getObjectMapper();
        Clock clock = Clock.systemUTC();
        Client client = clickHouse.build();
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                client.close();
            }
        });
        ClickHouseContactData analytics = new ClickHouseContactData(client, clickHouse.getDatabase(), mapper);
        SuppressionDao suppressions = new SuppressionDao();
        ErasureDao erasures = new ErasureDao(mapper);

        environment.jersey().register(new AuditResource(new AuditDao(jdbi, mapper), mapper));
        environment.jersey().register(new SuppressionResource(jdbi, suppressions, audit, clock));
        environment.jersey().register(new PrivacyResource(new ContactPrivacy(jdbi,
                new PostgresContactData(mapper, suppressions), analytics, erasures, audit, clock)));

        if (settings.isSuppressionsFromEvents()) {
            environment.lifecycle().manage(new SuppressionConsumer(
                    kafka.consumerProperties(SuppressionConsumer.GROUP), jdbi, suppressions, erasures));
        }
        environment.lifecycle().manage(new ErasureSweeper(jdbi, erasures, analytics,
                settings.getErasureSweepInterval().toJavaDuration()));
    }
}
