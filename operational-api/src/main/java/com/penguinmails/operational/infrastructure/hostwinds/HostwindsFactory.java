package com.penguinmails.operational.infrastructure.hostwinds;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code infrastructure.hostwinds} configuration section: the API endpoint and key (from the environment, never
 * logged), the call timeout, the OS template, and which Hostwinds location and product each platform region and plan
 * name stands for.
 */
public class HostwindsFactory {

    @NotNull
    private URI url = URI.create("https://clients.hostwinds.com/cloud/api.php");

    @NotNull
    private String apiKey = "";

    @NotNull
    private Duration timeout = Duration.seconds(20);

    @NotBlank
    private String template = "ubuntu-22.04";

    @NotNull
    private Map<String, Integer> locations = new LinkedHashMap<>();

    @NotNull
    private Map<String, Integer> products = new LinkedHashMap<>();

    @JsonProperty
    public URI getUrl() {
        return url;
    }

    @JsonProperty
    public void setUrl(URI url) {
        this.url = url;
    }

    /** Write-only: the key is read from the configuration, never echoed back. */
    @JsonProperty
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @JsonProperty
    public String getTemplate() {
        return template;
    }

    @JsonProperty
    public void setTemplate(String template) {
        this.template = template;
    }

    @JsonProperty
    public Map<String, Integer> getLocations() {
        return locations;
    }

    @JsonProperty
    public void setLocations(Map<String, Integer> locations) {
        this.locations = locations;
    }

    @JsonProperty
    public Map<String, Integer> getProducts() {
        return products;
    }

    @JsonProperty
    public void setProducts(Map<String, Integer> products) {
        this.products = products;
    }

    public HostwindsProvider build() {
        return new HostwindsProvider(url, apiKey, java.time.Duration.ofMillis(timeout.toMilliseconds()), template,
                locations, products);
    }
}
