package com.penguinmails.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.launcher.demo.DemoTenant;
import com.penguinmails.launcher.demo.DemoTrafficDriver;
import com.penguinmails.launcher.demo.EventPoster;
import com.penguinmails.launcher.demo.OverviewClient;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end: demo traffic over HTTP into ingestion, through Kafka and the Flink job into
 * ClickHouse, and out of the query API, across a restart of the whole platform.
 */
class LocalPlatformIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Instant trafficStart = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    private final List<String> tenantNames = List.of("t-acme", "t-globex");

    @Test
    void everyAcceptedEventIsCountedOnceThroughARestart(@TempDir Path dataDir) throws Exception {
        LocalPlatformOptions options = LocalPlatformOptions.defaults().withDataDir(dataDir).withBasePort(0)
                .withCheckpointInterval(Duration.ofMillis(500));
        TrafficSettings settings = TrafficSettings.defaults().withTenantIds(tenantNames)
                .withStart(trafficStart).withSendsPerSecond(5);
        Iterator<GeneratedEvent> events = new TrafficGenerator(settings).iterator();

        long acceptedBeforeRestart;
        List<String> tenantIdsBeforeRestart;
        try (LocalPlatform platform = LocalPlatform.start(options, tenantNames)) {
            List<DemoTenant> tenants = platform.tenants();
            DemoTrafficDriver traffic = new DemoTrafficDriver(events,
                    new EventPoster(http, platform.ingestionUri()), tenants, 3000, Clock.systemUTC());
            traffic.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> sends(platform.queryApiUri(), tenants.get(0)) > 0);
            long firstSeen = sends(platform.queryApiUri(), tenants.get(0));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> sends(platform.queryApiUri(), tenants.get(0)) > firstSeen);
            traffic.close();
            acceptedBeforeRestart = traffic.acceptedEvents();
            tenantIdsBeforeRestart = tenants.stream().map(DemoTenant::tenantId).toList();
            awaitStored(platform.clickHouse(), acceptedBeforeRestart);
            awaitOverviewMatchesClickHouse(platform, tenants.get(0));
            awaitOverviewMatchesClickHouse(platform, tenants.get(1));
        }

        try (LocalPlatform platform = LocalPlatform.start(options, tenantNames)) {
            List<DemoTenant> tenants = platform.tenants();
            DemoTrafficDriver traffic = new DemoTrafficDriver(events,
                    new EventPoster(http, platform.ingestionUri()), tenants, 3000, Clock.systemUTC());
            traffic.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> traffic.acceptedEvents() > 1000);
            traffic.close();
            long acceptedInAll = acceptedBeforeRestart + traffic.acceptedEvents();
            awaitStored(platform.clickHouse(), acceptedInAll);
            assertThat(distinctEventIds(platform.clickHouse())).isEqualTo(acceptedInAll);
            awaitOverviewMatchesClickHouse(platform, tenants.get(0));
        }
    }

    private static void awaitStored(Client clickHouse, long accepted) throws Exception {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> rows(clickHouse) >= accepted);
        assertThat(rows(clickHouse)).as("rows in ClickHouse (no FINAL) for %d accepted events", accepted)
                .isEqualTo(accepted);
    }

    private static long rows(Client clickHouse) throws Exception {
        return clickHouse.queryAll("SELECT count() FROM events").get(0).getLong(1);
    }

    private static long distinctEventIds(Client clickHouse) throws Exception {
        return clickHouse.queryAll("SELECT uniqExact(tenant_id, event_id) FROM events").get(0).getLong(1);
    }

    /**
     * The overview reads rollups that an insert into {@code events} fills through materialized views after the
     * events' own rows are visible, so it catches up with {@link #awaitStored} a moment later; then it must match
     * exactly.
     */
    private void awaitOverviewMatchesClickHouse(LocalPlatform platform, DemoTenant tenant) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertOverviewMatchesClickHouse(platform, tenant));
    }

    private void assertOverviewMatchesClickHouse(LocalPlatform platform, DemoTenant tenant) throws Exception {
        JsonNode counts = counts(platform.queryApiUri(), tenant);
        var rows = platform.clickHouse().queryAll(
                "SELECT event_type, count() FROM events WHERE tenant_id = {tenant:String} GROUP BY event_type",
                Map.of("tenant", tenant.tenantId()));
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            assertThat(counts.path(row.getString(1)).asLong()).as("%s %s", tenant.tenantId(), row.getString(1))
                    .isEqualTo(row.getLong(2));
        }
    }

    private long sends(URI queryApi, DemoTenant tenant) throws Exception {
        return counts(queryApi, tenant).path("send").asLong();
    }

    private JsonNode counts(URI queryApi, DemoTenant tenant) throws Exception {
        return new OverviewClient(http, queryApi).counts(tenant, trafficStart.minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)));
    }
}
