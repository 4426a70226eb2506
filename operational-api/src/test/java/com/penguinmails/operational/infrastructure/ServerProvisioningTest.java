package com.penguinmails.operational.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.operational.infrastructure.provider.ProviderException;
import com.penguinmails.operational.infrastructure.provider.ProviderException.Kind;
import com.penguinmails.operational.infrastructure.provider.ProviderServer;
import com.penguinmails.operational.notifications.RetrySchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServerProvisioningTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final RetrySchedule BACKOFF = new RetrySchedule(Duration.ofSeconds(10), 2.0,
            Duration.ofMinutes(5), 4, 0);
    private static final Duration POLL = Duration.ofSeconds(15);

    private final FakeServerProvider provider = new FakeServerProvider();
    private final ServerProvisioning provisioning = new ServerProvisioning(provider, BACKOFF, POLL, () -> 0.5);
    private final AtomicInteger createsRecorded = new AtomicInteger();

    @Test
    void aRequestedServerIsOrderedThenPolledUntilActiveWithItsAddresses() {
        Server server = server(ServerStatus.REQUESTED, null, null, 0);

        ProvisioningStep ordered = provisioning.advance(server, NOW, createsRecorded::incrementAndGet);

        assertThat(createsRecorded).hasValue(1);
        assertThat(provider.creates).containsExactly("pm-srv-1");
        assertThat(ordered.status()).isEqualTo(ServerStatus.PROVISIONING);
        assertThat(ordered.nextAttemptAt()).isEqualTo(NOW.plus(POLL));

        ProvisioningStep building = provisioning.advance(server(ServerStatus.PROVISIONING, null, NOW, 0), NOW,
                createsRecorded::incrementAndGet);
        assertThat(building.status()).isEqualTo(ServerStatus.PROVISIONING);
        assertThat(building.providerServerId()).isEqualTo("1");

        provider.finishBuild("pm-srv-1", ProviderServer.State.ACTIVE);
        ProvisioningStep active = provisioning.advance(server(ServerStatus.PROVISIONING, "1", NOW, 0), NOW,
                createsRecorded::incrementAndGet);
        assertThat(active.status()).isEqualTo(ServerStatus.ACTIVE);
        assertThat(active.ips()).extracting(ip -> ip.address()).containsExactly("203.0.113.1", "2001:db8::1");
        assertThat(active.ips().get(1).version()).isEqualTo(6);
        assertThat(provider.creates).hasSize(1);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundByNameInsteadOfOrderedAgain() {
        provider.loseNextCreateAnswer();
        ProvisioningStep timedOut = provisioning.advance(server(ServerStatus.REQUESTED, null, null, 0), NOW,
                createsRecorded::incrementAndGet);
        assertThat(timedOut.status()).isEqualTo(ServerStatus.REQUESTED);
        assertThat(timedOut.attempts()).isEqualTo(1);
        assertThat(timedOut.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(timedOut.lastError()).contains("no answer");

        ProvisioningStep retried = provisioning.advance(server(ServerStatus.REQUESTED, null, NOW, 1),
                NOW.plusSeconds(10), createsRecorded::incrementAndGet);

        assertThat(provider.creates).containsExactly("pm-srv-1");
        assertThat(retried.status()).isEqualTo(ServerStatus.PROVISIONING);
        assertThat(retried.providerServerId()).isEqualTo("1");
        assertThat(retried.attempts()).isZero();
    }

    @Test
    void aCreateThatNeverReachedTheProviderIsSentAgainAfterTheLookupFindsNothing() {
        provider.failNext(new ProviderException(Kind.UNAVAILABLE, "HTTP 503"));
        provisioning.advance(server(ServerStatus.REQUESTED, null, null, 0), NOW, createsRecorded::incrementAndGet);
        assertThat(provider.creates).isEmpty();

        ProvisioningStep retried = provisioning.advance(server(ServerStatus.REQUESTED, null, NOW, 1),
                NOW.plusSeconds(10), createsRecorded::incrementAndGet);

        assertThat(provider.creates).containsExactly("pm-srv-1");
        assertThat(retried.status()).isEqualTo(ServerStatus.PROVISIONING);
        assertThat(createsRecorded).hasValue(2);
    }

    @Test
    void outagesBackOffExponentiallyAndFailTheServerWhenAttemptsRunOut() {
        Server server = server(ServerStatus.REQUESTED, null, null, 0);
        long[] waits = new long[3];
        for (int attempt = 0; attempt < 3; attempt++) {
            provider.failNext(new ProviderException(Kind.UNAVAILABLE, "HTTP 502"));
            ProvisioningStep step = provisioning.advance(server(ServerStatus.REQUESTED, null, null, attempt), NOW,
                    createsRecorded::incrementAndGet);
            assertThat(step.status()).isEqualTo(ServerStatus.REQUESTED);
            waits[attempt] = Duration.between(NOW, step.nextAttemptAt()).toSeconds();
        }
        assertThat(waits).containsExactly(10, 20, 40);

        provider.failNext(new ProviderException(Kind.UNAVAILABLE, "HTTP 502"));
        ProvisioningStep last = provisioning.advance(server(ServerStatus.REQUESTED, null, null, 3), NOW,
                createsRecorded::incrementAndGet);
        assertThat(last.status()).isEqualTo(ServerStatus.FAILED);
        assertThat(last.lastError()).contains("gave up after 4 attempts").contains("HTTP 502");
        assertThat(server.status()).isEqualTo(ServerStatus.REQUESTED);
    }

    @Test
    void aDefiniteRefusalFailsTheServerAtOnce() {
        provider.failNext(new ProviderException(Kind.INVALID_REQUEST, "hostwinds add_instance: Invalid template"));

        ProvisioningStep step = provisioning.advance(server(ServerStatus.REQUESTED, null, null, 0), NOW,
                createsRecorded::incrementAndGet);

        assertThat(step.status()).isEqualTo(ServerStatus.FAILED);
        assertThat(step.lastError()).contains("Invalid template");
    }

    @Test
    void aBuildTheProviderReportsFailedFailsTheServer() {
        provisioning.advance(server(ServerStatus.REQUESTED, null, null, 0), NOW, createsRecorded::incrementAndGet);
        provider.finishBuild("pm-srv-1", ProviderServer.State.FAILED);

        ProvisioningStep step = provisioning.advance(server(ServerStatus.PROVISIONING, "1", NOW, 0), NOW,
                createsRecorded::incrementAndGet);

        assertThat(step.status()).isEqualTo(ServerStatus.FAILED);
        assertThat(step.lastError()).contains("build failed");
    }

    @Test
    void decommissioningTerminatesOnceAndTreatsAnAlreadyGoneServerAsDeleted() {
        provisioning.advance(server(ServerStatus.REQUESTED, null, null, 0), NOW, createsRecorded::incrementAndGet);

        ProvisioningStep deleted = provisioning.advance(server(ServerStatus.DELETING, null, NOW, 0), NOW,
                createsRecorded::incrementAndGet);
        assertThat(deleted.status()).isEqualTo(ServerStatus.DELETED);
        assertThat(provider.deletes).containsExactly("1");

        ProvisioningStep again = provisioning.advance(server(ServerStatus.DELETING, "1", NOW, 0), NOW,
                createsRecorded::incrementAndGet);
        assertThat(again.status()).isEqualTo(ServerStatus.DELETED);
        assertThat(provider.deletes).containsExactly("1");
    }

    @Test
    void aServerNeverOrderedIsDeletedWithoutCallingTheProvider() {
        ProvisioningStep step = provisioning.advance(server(ServerStatus.DELETING, null, null, 0), NOW,
                createsRecorded::incrementAndGet);

        assertThat(step.status()).isEqualTo(ServerStatus.DELETED);
        assertThat(provider.deletes).isEmpty();
    }

    @Test
    void decommissioningKeepsRetryingThroughOutagesAtTheLongestWaitAtMost() {
        provider.failNext(new ProviderException(Kind.UNAVAILABLE, "timeout"));

        ProvisioningStep step = provisioning.advance(server(ServerStatus.DELETING, "1", NOW, 9), NOW,
                createsRecorded::incrementAndGet);

        assertThat(step.status()).isEqualTo(ServerStatus.DELETING);
        assertThat(step.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    private static Server server(ServerStatus status, String providerId, Instant createSentAt, int attempts) {
        return new Server("srv-1", "t-1", "w-1", "fake", providerId, "pm-srv-1", "us-east", "vps-2gb", status,
                "key-1", new BigDecimal("9.99"), "USD", attempts, NOW, createSentAt, null, NOW, NOW, null, null);
    }
}
