package com.penguinmails.streamjobs.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The networks and User-Agent patterns of known proxies, scanners and crawlers, loaded from data files so they can be
 * updated without a code change.
 *
 * <p>{@code ip-ranges.csv} has the columns {@code cidr,class,name,weight,source}; {@code user-agents.csv} has
 * {@code regex,class,name,weight,source}. Lines starting with {@code #} are comments; fields may be double-quoted.
 * {@link #loadDefault()} reads the copies under {@code classification/} on the classpath. Address lookup is a
 * longest-prefix match over hash maps per prefix length; agent lookup tries the patterns in file order.
 * Instances are immutable and thread-safe.
 */
public final class KnownNetworks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Classpath location of the bundled network list. */
    public static final String IP_RANGES_RESOURCE = "classification/ip-ranges.csv";
    /** Classpath location of the bundled agent list. */
    public static final String USER_AGENTS_RESOURCE = "classification/user-agents.csv";

    private static final List<String> IP_RANGES_HEADER = List.of("cidr", "class", "name", "weight", "source");
    private static final List<String> USER_AGENTS_HEADER = List.of("regex", "class", "name", "weight", "source");

    private final IpPrefixTable<KnownNetwork> networks;
    private final List<AgentPattern> agents;
    private final int networkCount;

    private KnownNetworks(IpPrefixTable<KnownNetwork> networks, int networkCount, List<AgentPattern> agents) {
        this.networks = networks;
        this.networkCount = networkCount;
        this.agents = List.copyOf(agents);
    }

    /**
     * The lists bundled with this module.
     *
     * @throws ClassificationDataException if a bundled file is missing or malformed
     */
    public static KnownNetworks loadDefault() {
        try (Reader ipRanges = resource(IP_RANGES_RESOURCE); Reader userAgents = resource(USER_AGENTS_RESOURCE)) {
            return load(ipRanges, IP_RANGES_RESOURCE, userAgents, USER_AGENTS_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lists read from the given files; the names only label error messages.
     *
     * @throws ClassificationDataException naming the file and line of the first malformed or duplicate entry
     */
    public static KnownNetworks load(Reader ipRanges, String ipRangesName, Reader userAgents, String userAgentsName) {
        IpPrefixTable.Builder<KnownNetwork> table = new IpPrefixTable.Builder<>();
        List<DataFileRow> networkRows = DataFileReader.read(ipRanges, ipRangesName, IP_RANGES_HEADER);
        for (DataFileRow row : networkRows) {
            KnownNetwork network = new KnownNetwork(row.field(0), row.engagementClass(1), name(row, 2), row.weight(3),
                    row.field(4));
            KnownNetwork previous;
            try {
                previous = table.add(network.cidr(), network);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage(), e);
            }
            if (previous != null) {
                throw row.error("block " + network.cidr() + " is listed twice (also as " + previous.name() + ")");
            }
        }
        List<AgentPattern> agents = new ArrayList<>();
        for (DataFileRow row : DataFileReader.read(userAgents, userAgentsName, USER_AGENTS_HEADER)) {
            Pattern regex;
            try {
                regex = Pattern.compile(row.field(0), Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw row.error("bad regular expression: " + e.getDescription(), e);
            }
            agents.add(new AgentPattern(regex, row.engagementClass(1), name(row, 2), row.weight(3), row.field(4)));
        }
        return new KnownNetworks(table.build(), networkRows.size(), agents);
    }

    /** The most specific known network containing {@code ip}, or null if none does or {@code ip} is not a literal. */
    public KnownNetwork network(String ip) {
        IpAddress address = IpAddress.parse(ip);
        return address == null ? null : networks.lookup(address);
    }

    /** Every pattern {@code userAgent} matches, in file order; empty for a null agent. */
    public List<AgentPattern> agents(String userAgent) {
        if (userAgent == null) {
            return List.of();
        }
        List<AgentPattern> matches = new ArrayList<>(2);
        for (AgentPattern agent : agents) {
            if (agent.matches(userAgent)) {
                matches.add(agent);
            }
        }
        return matches;
    }

    /** How many networks are loaded. */
    public int networkCount() {
        return networkCount;
    }

    /** How many agent patterns are loaded. */
    public int agentPatternCount() {
        return agents.size();
    }

    private static String name(DataFileRow row, int index) {
        String name = row.field(index);
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw row.error("name '" + name + "' must be lower-case letters, digits and dashes");
        }
        return name;
    }

    private static Reader resource(String path) {
        InputStream stream = KnownNetworks.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new ClassificationDataException(path, 0, "not found on the classpath");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
