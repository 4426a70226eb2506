package com.penguinmails.operational.dns;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/**
 * The resolvers records are checked with ({@code domains.dns} in the configuration): {@code host}, {@code host:port} or
 * {@code [ipv6]:port}, and the time one query may take. Verification asks the first resolver (the next ones if it does
 * not answer); the propagation check asks each of them.
 */
public class DnsFactory {

    @NotEmpty
    private List<String> resolvers = new ArrayList<>(List.of("1.1.1.1", "8.8.8.8", "9.9.9.9"));

    @NotNull
    private Duration timeout = Duration.seconds(5);

    @JsonProperty
    public List<String> getResolvers() {
        return resolvers;
    }

    @JsonProperty
    public void setResolvers(List<String> resolvers) {
        this.resolvers = resolvers;
    }

    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** One lookup trying the resolvers in the configured order. */
    public DnsLookup buildLookup() {
        List<Resolver> simple = resolvers.stream().<Resolver>map(this::resolver).toList();
        ExtendedResolver extended = new ExtendedResolver(simple);
        extended.setLoadBalance(false);
        extended.setRetries(1);
        extended.setTimeout(timeout.toJavaDuration().multipliedBy(simple.size()));
        return new DnsJavaLookup(extended);
    }

    /** One lookup per resolver, keyed by the configured address, in the configured order. */
    public Map<String, DnsLookup> buildLookupPerResolver() {
        Map<String, DnsLookup> lookups = new LinkedHashMap<>();
        for (String address : resolvers) {
            lookups.put(address, new DnsJavaLookup(resolver(address)));
        }
        return lookups;
    }

    private SimpleResolver resolver(String address) {
        SimpleResolver resolver = new SimpleResolver(socketAddress(address));
        resolver.setTimeout(timeout.toJavaDuration());
        return resolver;
    }

    static InetSocketAddress socketAddress(String address) {
        String host = address.strip();
        int port = 53;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("resolver address " + address + " lacks ']'");
            }
            if (host.length() > end + 1) {
                port = Integer.parseInt(host.substring(end + 2));
            }
            host = host.substring(1, end);
        } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            port = Integer.parseInt(host.substring(host.indexOf(':') + 1));
            host = host.substring(0, host.indexOf(':'));
        }
        return new InetSocketAddress(host, port);
    }
}
