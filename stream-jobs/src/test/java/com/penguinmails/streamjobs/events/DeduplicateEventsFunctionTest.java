package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.enrichment.EngagementKeys;
import java.time.Duration;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeduplicateEventsFunctionTest {

    private static final Duration TTL = Duration.ofHours(1);

    private KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, Event> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = harness();
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void letsTheFirstOccurrenceThroughAndDropsRepeats() throws Exception {
        Event first = EventFixtures.click("e-1");
        Event repeat = Event.newBuilder(first).setReceivedAt(first.getReceivedAt().plusSeconds(30)).build();

        harness.processElement(first, 1);
        harness.processElement(repeat, 2);
        harness.processElement(first, 3);

        assertThat(harness.extractOutputValues()).containsExactly(first);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    }

    @Test
    void dropsRepeatsOfEventsWithoutAMessage() throws Exception {
        Event conversion = EventFixtures.conversion("e-1");
        Event otherConversion = EventFixtures.conversion("e-2");

        harness.processElement(conversion, 1);
        harness.processElement(otherConversion, 2);
        harness.processElement(conversion, 3);

        assertThat(harness.extractOutputValues()).containsExactly(conversion, otherConversion);
    }

    @Test
    void keysByTenantAndEventId() throws Exception {
        Event acme = EventFixtures.send("e-1");
        Event otherTenant = Event.newBuilder(acme).setTenantId("t-other").build();
        Event otherEvent = EventFixtures.send("e-2");

        harness.processElement(acme, 1);
        harness.processElement(otherTenant, 2);
        harness.processElement(otherEvent, 3);

        assertThat(harness.extractOutputValues()).containsExactly(acme, otherTenant, otherEvent);
    }

    @Test
    void forgetsAnEventIdAfterTheTtl() throws Exception {
        Event event = EventFixtures.open("e-1");
        harness.setStateTtlProcessingTime(0);
        harness.processElement(event, 1);

        harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
        harness.processElement(event, 2);
        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        harness.processElement(event, 3);

        assertThat(harness.extractOutputValues()).containsExactly(event, event);
    }

    @Test
    void remembersAcrossASnapshotAndRestore() throws Exception {
        Event event = EventFixtures.bounce("e-1");
        harness.processElement(event, 1);
        OperatorSubtaskState snapshot = harness.snapshot(1, 10);

        try (var restored = harness()) {
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(event, 2);
            restored.processElement(EventFixtures.bounce("e-2"), 3);

            assertThat(restored.extractOutputValues()).extracting(Event::getEventId).containsExactly("e-2");
        }
    }

    @Test
    void stateExpiresOnlyAfterTheConfiguredTtlAndIsNeverReadStale() {
        MapStateDescriptor<String, Boolean> descriptor = DeduplicateEventsFunction.seenDescriptor(Duration.ofDays(7));
        StateTtlConfig ttl = descriptor.getTtlConfig();

        assertThat(ttl.isEnabled()).isTrue();
        assertThat(ttl.getTimeToLive()).isEqualTo(Duration.ofDays(7));
        assertThat(ttl.getUpdateType()).isEqualTo(StateTtlConfig.UpdateType.OnCreateAndWrite);
        assertThat(ttl.getStateVisibility()).isEqualTo(StateTtlConfig.StateVisibility.NeverReturnExpired);
    }

    private static KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, Event> harness()
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new DeduplicateEventsFunction(TTL)), EngagementKeys.byMessage(),
                EngagementKeys.TYPE);
    }
}
