package com.penguinmails.operational.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether the service may POST to a webhook URL, so customers cannot aim it at the platform's own network
 * (server-side request forgery): the URL must be {@code https://}, without credentials, and every address its host
 * resolves to must be public (not loopback, private, link-local, carrier-grade NAT, unique-local, multicast or
 * unspecified). Hosts on the configured allow-list (e.g. {@code 127.0.0.1} in tests and the local demo) may use
 * {@code http://} and any address. Checked when an endpoint is saved and again before every delivery (the host may
 * resolve elsewhere by then).
 */
public final class WebhookTargetPolicy {

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        /** @throws UnknownHostException when the name does not resolve */
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The resolver of the JVM (the system's DNS). */
    public static final Resolver SYSTEM_RESOLVER = host -> List.of(InetAddress.getAllByName(host));

    private static final int MAX_URL_LENGTH = 2048;

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /**
     * @param allowedHosts hosts (lower case, as written in URLs) exempt from the https and public-address rules
     */
    public WebhookTargetPolicy(List<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why {@code url} may not be a webhook target, or empty when it may. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("url is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("url must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("url must be an absolute https:// URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("url must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("url must not have a fragment");
        }
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("url must use https://");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("url host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("url host " + host + " resolves to a non-public address " + address.getHostAddress());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code address} is reachable on the public internet (and so not part of the platform's network). */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 // "this" network
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
                return false;
            }
            if (isMappedIpv4(bytes)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
