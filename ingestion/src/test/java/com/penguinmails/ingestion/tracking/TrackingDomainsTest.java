package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackingDomainsTest {

    private final TrackingDomains domains = new TrackingDomains(URI.create("https://t.penguinmails.io:8443/"),
            Map.of("acme", List.of("Track.Acme.io", "links.acme.io"), "globex", List.of()));

    @Test
    void aCustomDomainServesOnlyItsTenantAndTheSharedHostServesEveryone() {
        assertThat(domains.serves("track.acme.io", "acme")).isTrue();
        assertThat(domains.serves("LINKS.acme.io", "acme")).isTrue();
        assertThat(domains.serves("track.acme.io", "globex")).isFalse();
        assertThat(domains.serves("t.penguinmails.io", "globex")).isTrue();
        assertThat(domains.serves("t.penguinmails.io", "acme")).isTrue();
    }

    @Test
    void linksAreBuiltOnTheFirstCustomDomainWithTheBaseSchemeAndPort() {
        assertThat(domains.linkBase("acme")).isEqualTo(URI.create("https://track.acme.io:8443"));
        assertThat(domains.linkBase("globex")).isEqualTo(URI.create("https://t.penguinmails.io:8443"));
    }

    @Test
    void aDomainBelongsToOneTenant() {
        assertThatThrownBy(() -> new TrackingDomains(URI.create("https://t.penguinmails.io"),
                Map.of("acme", List.of("track.shared.io"), "globex", List.of("track.shared.io"))))
                .hasMessageContaining("track.shared.io is claimed by");
        assertThatThrownBy(() -> new TrackingDomains(URI.create("https://t.penguinmails.io"),
                Map.of("acme", List.of("t.penguinmails.io"))))
                .hasMessageContaining("shared base URL");
    }
}
