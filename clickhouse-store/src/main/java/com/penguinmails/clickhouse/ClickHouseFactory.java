package com.penguinmails.clickhouse;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.temporal.ChronoUnit;

/**
 * Configuration of one ClickHouse connection, bindable from Dropwizard YAML (or any Jackson source), that builds the
 * official client-v2 {@link Client}.
 *
 * <pre>
 * clickHouse:
 *   url: http://127.0.0.1:8123      # required; the HTTP interface of a server, a cluster's load balancer, or the embedded engine
 *   username: default
 *   password: ${CLICKHOUSE_PASSWORD:-}
 *   database: penguinmails
 *   compress: true                  # ask for LZ4-compressed responses
 *   connectTimeoutMs: 5000
 *   socketTimeoutMs: 60000
 *   maxConnections: 16
 * </pre>
 *
 * <p>The password is never part of {@link #toString()}. Instances are mutable Jackson beans; build clients after binding.
 */
public class ClickHouseFactory {

    @NotBlank
    @Pattern(regexp = "https?://.+", message = "must be an http:// or https:// URL")
    private String url;

    @NotBlank
    private String username = "default";

    @NotNull
    private String password = "";

    @NotBlank
    @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*", message = "must be a plain identifier")
    private String database = "penguinmails";

    private boolean compress = true;

    @Min(1)
    private long connectTimeoutMs = 5_000;

    @Min(1)
    private long socketTimeoutMs = 60_000;

    @Min(1)
    @Max(1_000)
    private int maxConnections = 16;

    /**
     * Builds a client for {@link #getUrl()} whose default database is {@link #getDatabase()}; the caller closes it.
     * Nothing is sent to the server until the first request.
     *
     * @throws IllegalStateException if the URL is missing
     */
    public Client build() {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("clickHouse.url is required");
        }
        return new Client.Builder()
                .addEndpoint(url)
                .setUsername(username)
                .setPassword(password)
                .setDefaultDatabase(database)
                .compressServerResponse(compress)
                .setConnectTimeout(connectTimeoutMs, ChronoUnit.MILLIS)
                .setSocketTimeout(socketTimeoutMs, ChronoUnit.MILLIS)
                .setMaxConnections(maxConnections)
                .setClientName("penguinmails")
                .build();
    }

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:8123}. */
    @JsonProperty
    public String getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(String url) {
        this.url = url;
    }

    @JsonProperty
    public String getUsername() {
        return username;
    }

    @JsonProperty
    public void setUsername(String username) {
        this.username = username;
    }

    /** Write-only in JSON: it is read from configuration but never serialized back. */
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public String getPassword() {
        return password;
    }

    @JsonProperty
    public void setPassword(String password) {
        this.password = password;
    }

    /** The database tables live in; also the client's default database. */
    @JsonProperty
    public String getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(String database) {
        this.database = database;
    }

    /** Whether the server compresses responses (LZ4 blocks); turn off only for servers that cannot. */
    @JsonProperty
    public boolean isCompress() {
        return compress;
    }

    @JsonProperty
    public void setCompress(boolean compress) {
        this.compress = compress;
    }

    @JsonProperty
    public long getConnectTimeoutMs() {
        return connectTimeoutMs;
    }

    @JsonProperty
    public void setConnectTimeoutMs(long connectTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
    }

    /** How long a request may wait for the next bytes of a response, in milliseconds. */
    @JsonProperty
    public long getSocketTimeoutMs() {
        return socketTimeoutMs;
    }

    @JsonProperty
    public void setSocketTimeoutMs(long socketTimeoutMs) {
        this.socketTimeoutMs = socketTimeoutMs;
    }

    /** The size of the client's HTTP connection pool. */
    @JsonProperty
    public int getMaxConnections() {
        return maxConnections;
    }

    @JsonProperty
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    @Override
    public String toString() {
        String maskedPassword = password == null || password.isEmpty() ? "" : "***";
        return "ClickHouseFactory{url=" + url + ", username=" + username + ", password=" + maskedPassword
                + ", database=" + database + ", compress=" + compress + ", connectTimeoutMs=" + connectTimeoutMs
                + ", socketTimeoutMs=" + socketTimeoutMs + ", maxConnections=" + maxConnections + "}";
    }
}
