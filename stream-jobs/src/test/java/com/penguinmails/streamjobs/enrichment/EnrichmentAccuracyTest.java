package com.penguinmails.streamjobs.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.streamjobs.classification.ConfusionMatrix;
import com.penguinmails.streamjobs.classification.EngagementClass;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficLabel;
import com.penguinmails.traffic.TrafficSettings;
import com.penguinmails.traffic.senders.Tenant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generator's labelled traffic through the real enrichment operators (message, then contact) in keyed
 * harnesses, as the job does, and scores their verdicts per class; also checks the unique flags against the
 * operators' own verdicts and against the ground truth.
 */
class EnrichmentAccuracyTest {

    private static final int EVENTS = 300_000;
    // About a simulated week: late readers, reopens and crawler visits are in the mix.
    private static final double SENDS_PER_SECOND = 0.25;

    private static final ConfusionMatrix MATRIX = new ConfusionMatrix();
    private static final Set<String> MESSAGES_WITH_HUMAN_OPEN_VERDICT = new HashSet<>();
    private static final Set<String> MESSAGES_WITH_TRUE_HUMAN_OPEN = new HashSet<>();
    private static final Set<String> CONTACTS_WITH_HUMAN_CLICK_VERDICT = new HashSet<>();
    private static int firstOpensOfMessage;
    private static int firstClicksOfContact;
    private static int honeypotClicks;
    private static int honeypotClicksCalledHuman;
    private static int withProvider;
    private static int events;

    private static KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, Event> messages;
    private static KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, Event> contacts;

    @BeforeAll
    static void enrichGeneratedTraffic() throws Exception {
        TrafficGenerator generator = new TrafficGenerator(
                TrafficSettings.defaults().withSeed(11).withSendsPerSecond(SENDS_PER_SECOND));
        Map<String, TenantProfile> tenants = new HashMap<>();
        for (Tenant tenant : generator.tenants()) {
            tenants.put(tenant.id(), new TenantProfile(null, Set.copyOf(tenant.sendingIps())));
        }
        EnrichmentSettings settings = EnrichmentSettings.defaults().withTenants(tenants);
        messages = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new EnrichMessageEventsFunction(settings)), EngagementKeys.byMessage(),
                EngagementKeys.TYPE);
        contacts = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new FirstOfContactFunction(settings.contactStateTtl())),
                EngagementKeys.byContact(), EngagementKeys.TYPE);
        messages.open();
        contacts.open();

        Iterator<GeneratedEvent> traffic = generator.iterator();
        for (int i = 0; i < EVENTS; i++) {
            GeneratedEvent generated = traffic.next();
            Event event = generated.event();
            messages.processElement(event, event.getOccurredAt().toEpochMilli());
            contacts.processElement(drainOne(messages), event.getOccurredAt().toEpochMilli());
            score(drainOne(contacts), generated.label());
        }
        System.out.println(MATRIX.report(String.format("Enrichment operators on %,d generated events", EVENTS)));
        System.out.printf("honeypot clicks %d (called human %d); unique opens by verdict %d, by truth %d;"
                + " events with a mailbox provider %d of %d%n", honeypotClicks, honeypotClicksCalledHuman,
                MESSAGES_WITH_HUMAN_OPEN_VERDICT.size(), MESSAGES_WITH_TRUE_HUMAN_OPEN.size(), withProvider, events);
    }

    @AfterAll
    static void closeHarnesses() throws Exception {
        messages.close();
        contacts.close();
    }

    @Test
    void separatesHumansFromMachinesAtLeastNineTimesInTen() {
        assertThat(MATRIX.humanVersusMachineAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(MATRIX.recall(EngagementClass.HUMAN)).isGreaterThanOrEqualTo(0.95);
        assertThat(MATRIX.precision(EngagementClass.HUMAN)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void findsMostOfEachMachineClass() {
        for (EngagementClass label : ConfusionMatrix.LABELS) {
            assertThat(MATRIX.total(label)).as("opens and clicks labelled %s", label).isGreaterThanOrEqualTo(1_000);
        }
        assertThat(MATRIX.recall(EngagementClass.APPLE_MPP)).isGreaterThanOrEqualTo(0.95);
        assertThat(MATRIX.recall(EngagementClass.IMAGE_PROXY)).isGreaterThanOrEqualTo(0.95);
        assertThat(MATRIX.recall(EngagementClass.SECURITY_SCANNER)).isGreaterThanOrEqualTo(0.95);
        assertThat(MATRIX.recall(EngagementClass.BOT)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void neverTakesAHoneypotClickForAPerson() {
        assertThat(honeypotClicks).isGreaterThan(1_000);
        assertThat(honeypotClicksCalledHuman).isZero();
    }

    @Test
    void flagsExactlyOneFirstHumanOpenPerMessageThatHasOne() {
        assertThat(firstOpensOfMessage).isEqualTo(MESSAGES_WITH_HUMAN_OPEN_VERDICT.size());
        // With near-perfect verdicts the unique-open count matches the ground truth closely.
        assertThat((double) MESSAGES_WITH_HUMAN_OPEN_VERDICT.size())
                .isCloseTo(MESSAGES_WITH_TRUE_HUMAN_OPEN.size(), org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(firstClicksOfContact).isEqualTo(CONTACTS_WITH_HUMAN_CLICK_VERDICT.size());
    }

    @Test
    void namesAMailboxProviderForEveryEvent() {
        // Every generated event carries its recipient domain, so no event is left without a provider.
        assertThat(withProvider).isEqualTo(events);
    }

    private static Event drainOne(KeyedOneInputStreamOperatorTestHarness<?, Event, Event> harness) {
        Object record = harness.getOutput().poll();
        assertThat(harness.getOutput()).isEmpty();
        @SuppressWarnings("unchecked")
        Event event = ((StreamRecord<Event>) record).getValue();
        return event;
    }

    private static void score(Event event, TrafficLabel label) {
        events++;
        if (event.getEnrichment().getMailboxProvider() != null) {
            withProvider++;
        }
        EventType type = event.getType();
        if (type != EventType.open && type != EventType.click) {
            return;
        }
        EngagementClass verdict = EngagementClass.fromCode(event.getEnrichment().getEngagementClass().name());
        MATRIX.record(EngagementClass.valueOf(label.name()), verdict);
        String messageKey = event.getTenantId() + "/" + event.getMessageId();
        boolean humanVerdict = UniqueEngagement.isHuman(type, event.getEnrichment().getEngagementClass());
        if (type == EventType.open) {
            if (humanVerdict) {
                MESSAGES_WITH_HUMAN_OPEN_VERDICT.add(messageKey);
            }
            if (label == TrafficLabel.HUMAN || label == TrafficLabel.IMAGE_PROXY) {
                MESSAGES_WITH_TRUE_HUMAN_OPEN.add(messageKey);
            }
            if (event.getEnrichment().getFirstOfMessage()) {
                firstOpensOfMessage++;
            }
        } else {
            if (Boolean.TRUE.equals(event.getEngagement().getHoneypot())) {
                honeypotClicks++;
                if (verdict == EngagementClass.HUMAN) {
                    honeypotClicksCalledHuman++;
                }
            }
            if (humanVerdict) {
                CONTACTS_WITH_HUMAN_CLICK_VERDICT.add(event.getTenantId() + "/" + event.getContactId());
            }
            if (event.getEnrichment().getFirstOfContact()) {
                firstClicksOfContact++;
            }
        }
    }
}
