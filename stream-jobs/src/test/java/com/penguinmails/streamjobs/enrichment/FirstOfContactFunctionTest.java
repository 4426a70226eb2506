package com.penguinmails.streamjobs.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstOfContactFunctionTest {

    private static final Duration TTL = Duration.ofDays(180);

    private KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, Event> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new FirstOfContactFunction(TTL)), EngagementKeys.byContact(),
                EngagementKeys.TYPE);
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void marksTheContactsFirstHumanOpenAndClickAcrossMessages() throws Exception {
        MessageEvents first = new MessageEvents("m-1", "ct-1");
        MessageEvents followUp = new MessageEvents("m-2", "ct-1");
        MessageEvents otherContact = new MessageEvents("m-3", "ct-2");

        List<Boolean> flags = List.of(
                process(first.open(Duration.ofHours(1), "", ""), EngagementClass.human),
                process(followUp.open(Duration.ofDays(3), "", ""), EngagementClass.image_proxy),
                process(followUp.click(Duration.ofDays(3), "", "", 0), EngagementClass.human),
                process(first.click(Duration.ofDays(4), "", "", 1), EngagementClass.human),
                process(otherContact.open(Duration.ofHours(2), "", ""), EngagementClass.image_proxy));

        assertThat(flags).containsExactly(true, false, true, false, true);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
    }

    @Test
    void machinesAndOtherEventsNeverCountAndKeepNoState() throws Exception {
        MessageEvents message = new MessageEvents("m-1", "ct-1");

        List<Boolean> flags = List.of(
                process(message.open(Duration.ofSeconds(9), "", ""), EngagementClass.apple_mpp),
                process(message.click(Duration.ofSeconds(9), "", "", 0), EngagementClass.security_scanner),
                process(message.click(Duration.ofHours(9), "", "", 0), EngagementClass.image_proxy),
                process(message.open(Duration.ofHours(9), "", ""), EngagementClass.unknown),
                process(message.send("UTC"), null));

        assertThat(flags).containsOnly(false);
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void countsAgainOnceTheContactsFlagsExpire() throws Exception {
        MessageEvents message = new MessageEvents("m-1", "ct-1");
        harness.setStateTtlProcessingTime(0);
        boolean first = process(message.open(Duration.ofHours(1), "", ""), EngagementClass.human);
        harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
        boolean beforeExpiry = process(message.open(Duration.ofHours(2), "", ""), EngagementClass.human);
        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        boolean afterExpiry = process(message.open(Duration.ofHours(3), "", ""), EngagementClass.human);

        assertThat(List.of(first, beforeExpiry, afterExpiry)).containsExactly(true, false, true);
    }

    @Test
    void passesEventsWithoutContactOrEnrichmentThrough() throws Exception {
        MessageEvents message = new MessageEvents("m-1", null);
        Event noContact = message.open(Duration.ofHours(1), "", "");
        noContact.setEnrichment(enrichment(EngagementClass.human));
        Event notEnriched = new MessageEvents("m-2", "ct-1").open(Duration.ofHours(1), "", "");

        harness.processElement(noContact, 1);
        harness.processElement(notEnriched, 2);

        assertThat(harness.extractOutputValues()).containsExactly(noContact, notEnriched);
        assertThat(noContact.getEnrichment().getFirstOfContact()).isFalse();
        assertThat(notEnriched.getEnrichment()).isNull();
    }

    private boolean process(Event event, EngagementClass engagementClass) throws Exception {
        event.setEnrichment(enrichment(engagementClass));
        harness.processElement(event, event.getOccurredAt().toEpochMilli());
        List<Event> output = harness.extractOutputValues();
        return output.get(output.size() - 1).getEnrichment().getFirstOfContact();
    }

    private static Enrichment enrichment(EngagementClass engagementClass) {
        return new Enrichment(engagementClass, engagementClass == null ? null : 0.9f, List.of(), "google", "UTC",
                false, false, false);
    }
}
