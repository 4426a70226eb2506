package com.penguinmails.launcher;

import com.clickhouse.client.api.Client;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.events.Topics;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.launcher.demo.DemoOrganisations;
import com.penguinmails.launcher.demo.DemoTenant;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on this machine: the embedded stack (Kafka, PostgreSQL, ClickHouse), the ingestion, query and
 * operational services and the events-to-ClickHouse stream job, all in one JVM but for the ClickHouse engine.
 *
 * <p>The local demo, the end-to-end benchmark and the launcher's own end-to-end test all start the platform through
 * this class. {@link #close()} stops everything in reverse order and keeps the data for the next start.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPlatform.class);
    public static final String CLICKHOUSE_DATABASE = "penguinmails";
    private static final int EVENTS_RAW_PARTITIONS = 4;

    private final EmbeddedStack stack;
    private final List<InProcessService> services = new ArrayList<>();
    private final List<DemoTenant> tenants = new ArrayList<>();
    private StreamJobRunner streamJob;
    private Client clickHouse;
    private InProcessService ingestion;
    private InProcessService queryApi;
    private InProcessService operationalApi;
    private int inboundSmtpPort;

    private LocalPlatform(EmbeddedStack stack) {
        this.stack = stack;
    }

    /**
     * Starts every part, and seeds one organisation per name in {@code tenantNames} through the operational API, with an
     * API key that ingestion and the query API accept ({@link #tenants()}).
     *
     * @throws Exception if a part fails to start (what did start is stopped again)
     */
    public static LocalPlatform start(LocalPlatformOptions options, List<String> tenantNames) throws Exception {
        LocalPlatform platform = new LocalPlatform(EmbeddedStack.under(options.dataDir()));
        try {
            platform.startParts(options, tenantNames);
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startParts(LocalPlatformOptions options, List<String> tenantNames) throws Exception {
        long started = System.nanoTime();
        LauncherLogging.apply(stack.rootDir().resolve("launcher.log"));
        stack.kafka().createTopic(Topics.EVENTS_RAW, EVENTS_RAW_PARTITIONS);
        stack.kafka().createTopic(Topics.EVENTS_DLQ, 1);
        stack.kafka().createTopic(Topics.CONTROL_ALERT_RULES, 1, Map.of("cleanup.policy", "compact"));
        stack.kafka().createTopic(Topics.ALERTS, 1);
        String clickHouseUrl = stack.clickHouse().httpUrl();
        clickHouse = clickHouseFactory(clickHouseUrl).build();
        List<String> applied = new ClickHouseMigrator(clickHouse, CLICKHOUSE_DATABASE).migrate();
        LOG.info("ClickHouse at {}: {} migration(s) applied", clickHouseUrl, applied.size());

        // Ingestion and the query API validate keys with the operational API under this run's service token; the
        // operational API's file holds only its hash, the services get the token itself as an in-memory override.
        String serviceToken = freshSecret();
        Map<String, String> values = new HashMap<>();
        values.put("kafkaBootstrapServers", stack.kafka().bootstrapServers());
        values.put("clickHouseUrl", clickHouseUrl);
        values.put("postgresJdbcUrl", stack.postgres().jdbcUrl());
        values.put("postgresUser", stack.postgres().username());
        values.put("postgresPassword", stack.postgres().password());
        values.put("serviceTokenSha256", ApiKeyHasher.sha256Hex(serviceToken));
        values.put("apiKeyCacheTtl", options.apiKeyCacheTtl().toMillis() + " ms");
        int ingestionPort = concretePort(options.port(0));
        values.put("ingestionPort", Integer.toString(ingestionPort));
        values.put("ingestionSpoolDirectory", stack.rootDir().resolve("ingestion-spool").toString());
        inboundSmtpPort = concretePort(options.port(6));
        values.put("inboundSmtpPort", Integer.toString(inboundSmtpPort));
        values.put("ingestionAdminPort", Integer.toString(options.port(1)));
        values.put("queryApiPort", Integer.toString(options.port(2)));
        values.put("queryApiAdminPort", Integer.toString(options.port(3)));
        values.put("operationalApiPort", Integer.toString(options.port(4)));
        values.put("operationalApiAdminPort", Integer.toString(options.port(5)));
        values.put("checkpointInterval", options.checkpointInterval().toMillis() + " ms");
        values.put("checkpointDirectory", stack.rootDir().resolve("flink/checkpoints").toUri().toString());
        values.put("parallelism", Integer.toString(options.parallelism()));
        LocalConfigFiles configs = new LocalConfigFiles(stack.rootDir().resolve("config"), values);

        operationalApi = started(InProcessService.start("operational-api", OperationalApiApplication.class,
                configs.render("operational-api.yml"), Map.of("secrets.masterKeys[0].key", freshTrackingMasterKey())));
        DemoOrganisations organisations = new DemoOrganisations(HttpClient.newHttpClient(), operationalApi.baseUri());
        for (String name : tenantNames) {
            tenants.add(organisations.seed(name, options.ownerPassword()));
        }
        LOG.info("Demo organisations seeded through the operational API: {}", tenants);
        values.put("operationalApiUrl", operationalApi.baseUri().toString());
        values.put("trackingTenants", trackingTenantsYaml(tenants));

        ingestion = started(InProcessService.start("ingestion", IngestionApplication.class,
                configs.render("ingestion.yml"), Map.of("tracking.masterKey", freshTrackingMasterKey(),
                        "apiKeys.remote.serviceToken", serviceToken,
                        "tracking.operationalDomains.serviceToken", serviceToken,
                        "sendingHolds.serviceToken", serviceToken)));
        queryApi = started(InProcessService.start("query-api", QueryApiApplication.class,
                configs.render("query-api.yml"), Map.of("apiKeys.remote.serviceToken", serviceToken)));
        LauncherLogging.apply(stack.rootDir().resolve("launcher.log"));
        streamJob = StreamJobRunner.start(StreamJobsConfiguration.load(configs.render("stream-jobs.yml")),
                stack.rootDir().resolve("flink"));
        LOG.info("Local platform up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Notes a started service; they stop in reverse order, so ingestion first and the operational API last. */
    private InProcessService started(InProcessService service) {
        services.add(0, service);
        return service;
    }

    static ClickHouseFactory clickHouseFactory(String url) {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(url);
        factory.setDatabase(CLICKHOUSE_DATABASE);
        return factory;
    }

    /**
     * The port itself, or a free one for 0: tracking links name the ingestion port, so it must be known before the
     * service starts.
     */
    private static int concretePort(int port) throws IOException {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A random tracking master key for this run: it lives only in memory, so links and VERP addresses of an earlier run
     * stop verifying, which the demo accepts in exchange for never writing the secret to disk.
     */
    private static String freshTrackingMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** 256 random bits, URL-safe: this run's service token. */
    private static String freshSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static String trackingTenantsYaml(List<DemoTenant> tenants) {
        return tenants.stream()
                .map(tenant -> "    - tenantId: " + tenant.tenantId() + "\n      activeKeyId: k1")
                .collect(Collectors.joining("\n"));
    }

    /** The seeded organisations, in the order of the names given to {@link #start}, with this run's API keys. */
    public List<DemoTenant> tenants() {
        return List.copyOf(tenants);
    }

    /** The ingestion service, e.g. {@code http://127.0.0.1:8080}. */
    public URI ingestionUri() {
        return ingestion.baseUri();
    }

    /** Where ingestion's SMTP listener takes mail for VERP bounce addresses (domain {@code bounces.localhost}). */
    public String inboundSmtpAddress() {
        return "127.0.0.1:" + inboundSmtpPort;
    }

    /** The query API. */
    public URI queryApiUri() {
        return queryApi.baseUri();
    }

    /** The operational API. */
    public URI operationalApiUri() {
        return operationalApi.baseUri();
    }

    /** The admin port of each service (health checks and metrics), by service name. */
    public Map<String, URI> adminUris() {
        Map<String, URI> admin = new LinkedHashMap<>();
        for (InProcessService service : List.of(ingestion, queryApi, operationalApi)) {
            admin.put(service.name(), service.adminUri());
        }
        return admin;
    }

    /** A client of the platform's ClickHouse (the database {@value #CLICKHOUSE_DATABASE}). */
    public Client clickHouse() {
        return clickHouse;
    }

    /** The embedded infrastructure under the platform. */
    public EmbeddedStack stack() {
        return stack;
    }

    /**
     * Stops the services (ingestion first, so nothing new arrives), then the stream job with a savepoint, then the
     * stack; the data stays for the next start.
     */
    @Override
    public void close() {
        for (InProcessService service : services) {
            try {
                service.close();
            } catch (RuntimeException e) {
                LOG.warn("Stopping {} failed", service.name(), e);
            }
        }
        services.clear();
        if (streamJob != null) {
            streamJob.close();
        }
        if (clickHouse != null) {
            clickHouse.close();
        }
        stack.close();
    }
}
