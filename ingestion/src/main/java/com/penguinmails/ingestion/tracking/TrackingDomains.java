package com.penguinmails.ingestion.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which host serves which tenant's tracking links: the shared base URL serves every tenant; a tenant's custom tracking
 * domain serves only that tenant, and that tenant's links are built on its first custom domain. The configured domains
 * are fixed; domains verified in the operational API are added by {@link #useOperationalDomains} and replaced at each
 * poll (a configured host always keeps its configured tenant). Thread-safe: lookups read one immutable snapshot.
 */
public final class TrackingDomains {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingDomains.class);

    private final URI baseUrl;
    private final Map<String, String> configuredTenantByHost;
    private final Map<String, URI> configuredLinkBaseByTenant;
    private volatile Map<String, String> tenantByHost;
    private volatile Map<String, URI> linkBaseByTenant;

    /**
     * @param baseUrl the shared tracking base URL (scheme, host, optional port); custom domains use its scheme and port
     * @param domainsByTenant each tenant's custom host names, the first being the one its links use
     * @throws IllegalArgumentException if two tenants claim the same host, or a host is the base URL's
     */
    public TrackingDomains(URI baseUrl, Map<String, List<String>> domainsByTenant) {
        this.baseUrl = withoutTrailingSlash(baseUrl);
        Map<String, String> byHost = new HashMap<>();
        Map<String, URI> linkBases = new HashMap<>();
        String baseHost = host(baseUrl);
        domainsByTenant.forEach((tenant, domains) -> {
            for (String domain : domains) {
                String host = domain.trim().toLowerCase(Locale.ROOT);
                if (host.equals(baseHost)) {
                    throw new IllegalArgumentException("tracking domain " + host + " is the shared base URL's host");
                }
                String previous = byHost.put(host, tenant);
                if (previous != null && !previous.equals(tenant)) {
                    throw new IllegalArgumentException("tracking domain " + host + " is claimed by " + previous
                            + " and " + tenant);
                }
            }
            if (!domains.isEmpty()) {
                linkBases.put(tenant, onHost(this.baseUrl, domains.get(0).trim().toLowerCase(Locale.ROOT)));
            }
        });
        this.configuredTenantByHost = Map.copyOf(byHost);
        this.configuredLinkBaseByTenant = Map.copyOf(linkBases);
        this.tenantByHost = configuredTenantByHost;
        this.linkBaseByTenant = configuredLinkBaseByTenant;
    }

    /**
     * Serves, besides the configured domains, {@code domainsByTenant} (host names verified in the operational API, each
     * tenant's first being the one its links use unless it has configured domains), replacing the previous such list.
     * A host that is configured for another tenant, or is the base URL's host, is skipped with a warning.
     */
    public synchronized void useOperationalDomains(Map<String, List<String>> domainsByTenant) {
        Map<String, String> byHost = new HashMap<>(configuredTenantByHost);
        Map<String, URI> linkBases = new HashMap<>(configuredLinkBaseByTenant);
        String baseHost = host(baseUrl);
        domainsByTenant.forEach((tenant, domains) -> {
            for (String domain : domains) {
                String host = domain.trim().toLowerCase(Locale.ROOT);
                if (host.equals(baseHost)) {
                    LOG.warn("tracking domain {} of tenant {} is not served: it is the shared base URL's host", host,
                            tenant);
                    continue;
                }
                String owner = byHost.putIfAbsent(host, tenant);
                if (owner != null && !owner.equals(tenant)) {
                    LOG.warn("tracking domain {} of tenant {} is not served: it is configured for {}", host, tenant,
                            owner);
                    continue;
                }
                linkBases.putIfAbsent(tenant, onHost(baseUrl, host));
            }
        });
        this.tenantByHost = Map.copyOf(byHost);
        this.linkBaseByTenant = Map.copyOf(linkBases);
    }

    /** The tenant whose custom domain {@code host} is (case-insensitive, without port); empty for any other host. */
    public Optional<String> tenantOfHost(String host) {
        return host == null ? Optional.empty() : Optional.ofNullable(tenantByHost.get(host.toLowerCase(Locale.ROOT)));
    }

    /** Whether a request on {@code host} may use a token of {@code tenantId}. */
    public boolean serves(String host, String tenantId) {
        return tenantOfHost(host).map(tenantId::equals).orElse(true);
    }

    /** Where {@code tenantId}'s tracking URLs start, without a trailing slash, e.g. {@code https://track.acme.io}. */
    public URI linkBase(String tenantId) {
        return linkBaseByTenant.getOrDefault(tenantId, baseUrl);
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    private static URI onHost(URI base, String host) {
        try {
            return new URI(base.getScheme(), null, host, base.getPort(), base.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a host name: " + host, e);
        }
    }
}
