package com.penguinmails.streamjobs.clickhouse;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import java.io.Serializable;

/**
 * A serializable copy of a {@link ClickHouseFactory}'s settings, so a sink can carry them to the task managers and
 * build its client there with the same factory code.
 *
 * <p>The password travels in the job graph like any other connector secret; it never appears in {@link #toString()}.
 */
public record ClickHouseEndpoint(String url, String username, String password, String database, boolean compress,
        long connectTimeoutMs, long socketTimeoutMs, int maxConnections) implements Serializable {

    /** Copies the factory's current settings. */
    public static ClickHouseEndpoint of(ClickHouseFactory factory) {
        return new ClickHouseEndpoint(factory.getUrl(), factory.getUsername(), factory.getPassword(),
                factory.getDatabase(), factory.isCompress(), factory.getConnectTimeoutMs(),
                factory.getSocketTimeoutMs(), factory.getMaxConnections());
    }

    /** A factory with these settings. */
    public ClickHouseFactory toFactory() {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(url);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setDatabase(database);
        factory.setCompress(compress);
        factory.setConnectTimeoutMs(connectTimeoutMs);
        factory.setSocketTimeoutMs(socketTimeoutMs);
        factory.setMaxConnections(maxConnections);
        return factory;
    }

    /** Builds a new client; the caller closes it. */
    public Client openClient() {
        return toFactory().build();
    }

    @Override
    public String toString() {
        return "ClickHouseEndpoint[" + username + "@" + url + "/" + database + "]";
    }
}
