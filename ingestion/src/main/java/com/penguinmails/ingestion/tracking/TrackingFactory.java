package com.penguinmails.ingestion.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.ingestion.events.EventPublisher;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.DataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code tracking} configuration section: master secret, tenants and their key ids and domains, the shared tracking
 * base URL, trusted proxies and the sender API's limits. Builds the {@link TrackingKeyring} shared by everything that
 * signs (tracking links, VERP addresses).
 */
public class TrackingFactory {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingFactory.class);

    @NotNull
    private URI baseUrl = URI.create("http://127.0.0.1:8080");

    /** Base64 of at least 32 random bytes, from {@code ${TRACKING_MASTER_KEY}}; never written in clear in a file. */
    private String masterKey;

    @Valid
    @NotNull
    private List<TrackingTenantFactory> tenants = new ArrayList<>();

    @NotNull
    private List<String> trustedProxies = new ArrayList<>();

    @NotNull
    @MinDataSize(1)
    private DataSize maxHtmlSize = DataSize.mebibytes(1);

    @Min(0)
    @Max(32_767)
    private int maxLinks = 500;

    @Valid
    @NotNull
    private OperationalTrackingDomainsFactory operationalDomains = new OperationalTrackingDomainsFactory();

    private TrackingKeyring keyring;

    /**
     * The shared tracking host, e.g. {@code https://t.penguinmails.io}: it serves every tenant, and links of a tenant
     * without a custom domain are built on it.
     */
    @JsonProperty
    public URI getBaseUrl() {
        return baseUrl;
    }

    @JsonProperty
    public void setBaseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    @JsonProperty
    public void setMasterKey(String masterKey) {
        this.masterKey = masterKey;
    }

    @JsonProperty
    public List<TrackingTenantFactory> getTenants() {
        return tenants;
    }

    @JsonProperty
    public void setTenants(List<TrackingTenantFactory> tenants) {
        this.tenants = tenants;
    }

    /** CIDR blocks (IPv4 or IPv6) of the proxies whose {@code X-Forwarded-For} is believed. */
    @JsonProperty
    public List<String> getTrustedProxies() {
        return trustedProxies;
    }

    @JsonProperty
    public void setTrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The largest HTML body the sender API rewrites. */
    @JsonProperty
    public DataSize getMaxHtmlSize() {
        return maxHtmlSize;
    }

    @JsonProperty
    public void setMaxHtmlSize(DataSize maxHtmlSize) {
        this.maxHtmlSize = maxHtmlSize;
    }

    /** The most links one message may have for the sender API to rewrite it. */
    @JsonProperty
    public int getMaxLinks() {
        return maxLinks;
    }

    @JsonProperty
    public void setMaxLinks(int maxLinks) {
        this.maxLinks = maxLinks;
    }

    /** Custom tracking domains verified in the operational API, polled and served beside the configured ones. */
    @JsonProperty
    public OperationalTrackingDomainsFactory getOperationalDomains() {
        return operationalDomains;
    }

    @JsonProperty
    public void setOperationalDomains(OperationalTrackingDomainsFactory operationalDomains) {
        this.operationalDomains = operationalDomains;
    }

    /**
     * The keyring of the configured tenants, built once per configuration so every user signs with the same keys. Without
     * a master key (blank {@code masterKey}) a random one is made for this process only and a warning is logged: links
     * and addresses then stop verifying at the next start.
     *
     * @throws IllegalArgumentException if the master key is not base64 of at least 32 bytes, or a tenant is invalid
     */
    public synchronized TrackingKeyring keyring() {
        if (keyring == null) {
            byte[] secret;
            if (masterKey == null || masterKey.isBlank()) {
                LOG.warn("tracking.masterKey is not set (TRACKING_MASTER_KEY): using a random key for this process only;"
                        + " tracking links and VERP addresses stop verifying after a restart");
                secret = new byte[TrackingKeyring.MIN_MASTER_SECRET_BYTES];
                new SecureRandom().nextBytes(secret);
            } else {
                secret = TrackingKeyring.decodeMasterSecret(masterKey);
            }
            try {
                keyring = new TrackingKeyring(secret, tenants.stream().map(TrackingTenantFactory::keyIds).toList());
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }
        return keyring;
    }

    /** Which host serves which tenant, and where each tenant's links start. */
    public TrackingDomains buildDomains() {
        Map<String, List<String>> domainsByTenant = new LinkedHashMap<>();
        for (TrackingTenantFactory tenant : tenants) {
            domainsByTenant.put(tenant.getTenantId(), tenant.normalizedDomains());
        }
        return new TrackingDomains(baseUrl, domainsByTenant);
    }

    /** The configured trusted proxies. */
    public TrustedProxies buildTrustedProxies() {
        return TrustedProxies.of(trustedProxies);
    }

    /**
     * Registers the public tracking servlet on {@code /t/*} and the sender API {@code POST /v1/tracking/messages} (which
     * needs API-key authentication registered too).
     *
     * @param engagements where opens and clicks go
     * @param unsubscribes where one-click unsubscribes go
     */
    public void registerEndpoints(Environment environment, EventPublisher engagements, EventPublisher unsubscribes,
            Clock clock) {
        TrackingTokens tokens = new TrackingTokens(keyring());
        TrackingDomains domains = buildDomains();
        OperationalTrackingDomains operational = operationalDomains.build(domains);
        if (operational != null) {
            environment.lifecycle().manage(operational);
        }
        TrackingUrls urls = new TrackingUrls(tokens, domains);
        // Jetty caches filter chains by request path, and every tracking path is distinct (it carries its token): the
        // cache only ever missed, was filled with one entry per hit and cleared every 1,024 hits under a lock.
        environment.getApplicationContext().getServletHandler().setFilterChainsCached(false);
        environment.servlets()
                .addServlet("tracking", new TrackingServlet(tokens, domains, buildTrustedProxies(), engagements,
                        unsubscribes, clock,
                        environment.metrics()))
                .addMapping("/t/*");
        environment.jersey().register(new TrackingMessagesResource(keyring(), urls, new HtmlTracker(urls, maxLinks),
                maxHtmlSize.toBytes()));
    }
}
