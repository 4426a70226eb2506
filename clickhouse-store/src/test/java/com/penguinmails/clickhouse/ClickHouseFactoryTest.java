package com.penguinmails.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ClickHouseFactoryTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void bindsOnlyTheUrlAndKeepsTheDefaults() throws Exception {
        ClickHouseFactory factory = mapper.readValue("{\"url\": \"http://127.0.0.1:8123\"}", ClickHouseFactory.class);

        assertThat(factory.getUrl()).isEqualTo("http://127.0.0.1:8123");
        assertThat(factory.getUsername()).isEqualTo("default");
        assertThat(factory.getPassword()).isEmpty();
        assertThat(factory.getDatabase()).isEqualTo("penguinmails");
        assertThat(factory.isCompress()).isTrue();
        assertThat(factory.getConnectTimeoutMs()).isPositive();
        assertThat(factory.getSocketTimeoutMs()).isPositive();
        assertThat(factory.getMaxConnections()).isPositive();
    }

    @Test
    void bindsEverySetting() throws Exception {
        ClickHouseFactory factory = mapper.readValue("{\"url\": \"https://ch.example:8443\", \"username\": \"writer\","
                + " \"password\": \"s3cret\", \"database\": \"analytics\", \"compress\": false, \"connectTimeoutMs\": 250,"
                + " \"socketTimeoutMs\": 9000, \"maxConnections\": 4}", ClickHouseFactory.class);

        assertThat(factory.getUsername()).isEqualTo("writer");
        assertThat(factory.getPassword()).isEqualTo("s3cret");
        assertThat(factory.getDatabase()).isEqualTo("analytics");
        assertThat(factory.isCompress()).isFalse();
        assertThat(factory.getConnectTimeoutMs()).isEqualTo(250);
        assertThat(factory.getSocketTimeoutMs()).isEqualTo(9000);
        assertThat(factory.getMaxConnections()).isEqualTo(4);
    }

    @Test
    void neverRevealsThePassword() throws Exception {
        ClickHouseFactory factory = mapper.readValue("{\"url\": \"http://h:8123\", \"password\": \"s3cret\"}",
                ClickHouseFactory.class);

        assertThat(factory.toString()).doesNotContain("s3cret").contains("***").contains("http://h:8123");
        assertThat(mapper.writeValueAsString(factory)).doesNotContain("s3cret").doesNotContain("password");
    }

    @Test
    void buildsAClientWhoseDefaultDatabaseIsTheConfiguredOne() {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl("http://127.0.0.1:1");
        factory.setDatabase("analytics");

        try (Client client = factory.build()) {
            assertThat(client.getDefaultDatabase()).isEqualTo("analytics");
            assertThat(client.getEndpoints()).singleElement().asString().contains("127.0.0.1:1");
        }
    }

    @Test
    void refusesToBuildWithoutAUrl() {
        assertThatThrownBy(() -> new ClickHouseFactory().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("url");
    }
}
