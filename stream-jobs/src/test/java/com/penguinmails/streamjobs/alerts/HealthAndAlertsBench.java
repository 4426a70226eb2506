package com.penguinmails.streamjobs.alerts;

import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.health.HealthThresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Prints how fast the health and alerts stage alone processes enriched events (not a test): in-memory events of
 * {@link DomainTraffic} for N tenants (default 10, 7,240 events each), one bounce rule per tenant, production
 * intervals, parallelism 2 on a MiniCluster, alerts and snapshots discarded. Kafka and ClickHouse I/O are not in it.
 */
public final class HealthAndAlertsBench {

    private HealthAndAlertsBench() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Event> events = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            events.addAll(DomainTraffic.minutes("t-bench-" + t, 0, 90, 30, 45));
        }
        MonitorSettings settings = new MonitorSettings(Duration.ofSeconds(10), Duration.ofMinutes(1),
                Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(1), new HealthThresholds());
        for (int run = 1; run <= 2; run++) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
            DataGeneratorSource<RuleUpdate> rules = new DataGeneratorSource<>(new BounceRules(), tenants,
                    TypeInformation.of(RuleUpdate.class));
            new HealthAndAlertsStage(rules, new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(),
                    settings).attach(env.fromData(events, new AvroTypeInfo<>(Event.class)));
            long start = System.nanoTime();
            env.execute("health-and-alerts-bench");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %,d events in %.2f s = %,.0f events/s (job incl. start-up)%n", run,
                    events.size(), seconds, events.size() / seconds);
        }
    }

    /** Rule i: bounce rate above 5 % over 15 minutes on every sending domain of tenant t-bench-i. */
    static final class BounceRules implements GeneratorFunction<Long, RuleUpdate> {

        private static final long serialVersionUID = 1L;

        @Override
        public RuleUpdate map(Long i) {
            return RuleUpdate.upsert(new AlertRule("r-" + i, "t-bench-" + i, "Bounces", Metric.BOUNCE_RATE,
                    ScopeKind.SENDING_DOMAIN, null, Comparison.ABOVE, 0.05, Duration.ofMinutes(15), 50,
                    Duration.ofMinutes(30), true));
        }
    }
}
