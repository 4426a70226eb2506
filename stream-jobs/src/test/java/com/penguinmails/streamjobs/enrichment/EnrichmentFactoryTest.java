package com.penguinmails.streamjobs.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.streamjobs.StreamJobsConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentFactoryTest {

    private static final String REQUIRED = """
            kafka:
              bootstrapServers: localhost:9092
            clickHouse:
              url: http://localhost:8123
            clickHouseSink:
              id: events
            """;

    @Test
    void theShippedFileHasTheDefaults() throws Exception {
        EnrichmentSettings settings = StreamJobsConfiguration.load(Path.of("config/stream-jobs.yml"),
                new StringSubstitutor(Map.of())).getEnrichment().build();

        assertThat(settings).isEqualTo(EnrichmentSettings.defaults());
        assertThat(settings.messageStateTtl()).isEqualTo(Duration.ofDays(45));
        assertThat(settings.scanWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.burstWindow()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void readsTenantsZonesAndSendingIps(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("enrichment.yml"), REQUIRED + """
                enrichment:
                  messageStateTtl: 60 days
                  contactStateTtl: 1 day
                  defaultTimezone: Europe/London
                  tenants:
                    t-acme: {timezone: America/New_York, sendingIps: [203.0.113.10, "2001:db8::1"]}
                    t-globex: {sendingIps: [198.51.100.7]}
                  classification:
                    scanWindow: 90 s
                    burstWindow: 1500 ms
                """);

        EnrichmentSettings settings = StreamJobsConfiguration.load(file, new StringSubstitutor(Map.of()))
                .getEnrichment().build();

        assertThat(settings.messageStateTtl()).isEqualTo(Duration.ofDays(60));
        assertThat(settings.contactStateTtl()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.scanWindow()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.burstWindow()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.timezoneOf("t-acme")).isEqualTo("America/New_York");
        assertThat(settings.timezoneOf("t-globex")).isEqualTo("Europe/London");
        assertThat(settings.timezoneOf("t-unknown")).isEqualTo("Europe/London");
        assertThat(settings.sendingIpsOf("t-acme")).isEqualTo(Set.of("203.0.113.10", "2001:db8::1"));
        assertThat(settings.sendingIpsOf("t-unknown")).isEmpty();
    }

    @Test
    void rejectsAnUnknownTimeZone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yml"), REQUIRED + """
                enrichment:
                  tenants:
                    t-acme: {timezone: Mars/Olympus_Mons}
                """);

        assertThatThrownBy(() -> StreamJobsConfiguration.load(file, new StringSubstitutor(Map.of())))
                .hasMessageContaining("Mars/Olympus_Mons");
    }
}
