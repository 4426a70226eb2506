package com.penguinmails.streamjobs.enrichment;

import static com.penguinmails.streamjobs.enrichment.MessageEvents.BROWSER;
import static com.penguinmails.streamjobs.enrichment.MessageEvents.MAIL_CLIENT;
import static com.penguinmails.streamjobs.enrichment.MessageEvents.PERSON_IP;
import static com.penguinmails.streamjobs.enrichment.MessageEvents.SENDING_IP;
import static com.penguinmails.streamjobs.enrichment.MessageEvents.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichMessageEventsFunctionTest {

    private static final Duration MESSAGE_TTL = Duration.ofDays(45);
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final String GMAIL_MX = "aspmx.l.google.com";
    private static final String APPLE_IP = "17.58.1.2";
    private static final String UNLISTED_DATACENTER_IP = "159.65.1.2";
    private static final String TENANT_TOOL_IP = "198.51.100.99";

    private final MessageEvents message = new MessageEvents("m-1", "ct-1");
    private KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, Event> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = harness(EnrichmentSettings.defaults().withStateTtls(MESSAGE_TTL, Duration.ofDays(180)));
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void classifiesAHumanOpenWithTheSendsZoneAndTheDeliveryMailboxProvider() throws Exception {
        Event send = process(message.send("America/Chicago"));
        Event delivered = process(message.delivered(Duration.ofSeconds(2), GMAIL_MX));
        Event open = process(message.open(Duration.ofHours(3), PERSON_IP, MAIL_CLIENT));

        // The send only knows the company domain; the delivery's MX says Google Workspace hosts it.
        assertThat(send.getEnrichment().getMailboxProvider()).isEqualTo("other");
        assertThat(delivered.getEnrichment().getMailboxProvider()).isEqualTo("google");
        assertThat(send.getEnrichment().getEngagementClass()).isNull();
        assertThat(delivered.getEnrichment().getLocalTimezone()).isEqualTo("America/Chicago");

        Enrichment enrichment = open.getEnrichment();
        assertThat(enrichment.getEngagementClass()).isEqualTo(EngagementClass.human);
        assertThat(enrichment.getConfidence()).isBetween(0.6f, 1.0f);
        assertThat(enrichment.getReasons()).isNotEmpty();
        assertThat(enrichment.getMailboxProvider()).isEqualTo("google");
        assertThat(enrichment.getLocalTimezone()).isEqualTo("America/Chicago");
        assertThat(enrichment.getFirstOfMessage()).isTrue();
        assertThat(enrichment.getFirstOfContact()).isFalse();
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    }

    @Test
    void classifiesAnOpenThatArrivesBeforeItsDeliveryWithWhatIsKnown() throws Exception {
        // A gateway's fetch 5 s after delivery, processed before the delivery: no timing evidence yet, but its
        // network still names it.
        Event early = process(message.open(Duration.ofSeconds(7), "40.107.1.2", BROWSER));
        Event delivered = process(message.delivered(Duration.ofSeconds(2), GMAIL_MX));
        Event sameFetchAfterDelivery = process(message.open(Duration.ofSeconds(8), "40.107.1.2", BROWSER));

        assertThat(early.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.security_scanner);
        assertThat(early.getEnrichment().getReasons()).noneMatch(reason -> reason.startsWith("timing:"));
        assertThat(early.getEnrichment().getMailboxProvider()).isEqualTo("other");
        assertThat(delivered.getEnrichment().getMailboxProvider()).isEqualTo("google");
        assertThat(sameFetchAfterDelivery.getEnrichment().getReasons()).contains("timing:open-within-60s-of-delivery");
        assertThat(sameFetchAfterDelivery.getEnrichment().getMailboxProvider()).isEqualTo("google");
    }

    @Test
    void appleMppPrefetchIsNeitherHumanNorTheFirstOpen() throws Exception {
        process(message.delivered(Duration.ofSeconds(2), "mx01.mail.icloud.com"));
        Event prefetch = process(message.open(Duration.ofSeconds(20), APPLE_IP, "Mozilla/5.0"));
        Event read = process(message.open(Duration.ofHours(5), PERSON_IP, MAIL_CLIENT));

        assertThat(prefetch.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.apple_mpp);
        assertThat(prefetch.getEnrichment().getReasons()).contains("ip:apple-mpp-range");
        assertThat(prefetch.getEnrichment().getFirstOfMessage()).isFalse();
        assertThat(prefetch.getEnrichment().getMailboxProvider()).isEqualTo("apple");
        assertThat(read.getEnrichment().getFirstOfMessage()).isTrue();
    }

    @Test
    void aBurstOfClicksRightAfterDeliveryIsAScanner() throws Exception {
        process(message.delivered(Duration.ofSeconds(1), "acme-corp-com.mail.protection.outlook.com"));
        Event first = process(message.click(Duration.ofSeconds(6), UNLISTED_DATACENTER_IP, BROWSER, 0));
        Event second = process(message.click(Duration.ofMillis(6_400), UNLISTED_DATACENTER_IP, BROWSER, 1));
        Event third = process(message.click(Duration.ofMillis(6_900), UNLISTED_DATACENTER_IP, BROWSER, 2));

        for (Event click : List.of(first, second, third)) {
            assertThat(click.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.security_scanner);
            assertThat(click.getEnrichment().getFirstOfMessage()).isFalse();
            assertThat(click.getEnrichment().getMailboxProvider()).isEqualTo("microsoft");
        }
        assertThat(first.getEnrichment().getReasons()).contains("timing:click-within-60s-of-delivery")
                .noneMatch(reason -> reason.startsWith("burst:"));
        assertThat(third.getEnrichment().getReasons()).contains("burst:3-links-within-2000ms");
    }

    @Test
    void aHeadRequestIsAScannerEvenDaysLater() throws Exception {
        process(message.delivered(Duration.ofSeconds(1), GMAIL_MX));
        Event head = process(message.click(Duration.ofDays(2), UNLISTED_DATACENTER_IP, BROWSER, 0, "HEAD", false));

        assertThat(head.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.security_scanner);
        assertThat(head.getEnrichment().getReasons()).contains("method:head");
    }

    @Test
    void aClickOnTheHoneypotLinkIsAMachine() throws Exception {
        process(message.delivered(Duration.ofSeconds(1), GMAIL_MX));
        Event trap = process(message.click(Duration.ofHours(4), PERSON_IP, BROWSER, 3, "GET", true));
        Event person = process(message.click(Duration.ofHours(5), PERSON_IP, BROWSER, 0, "GET", false));

        assertThat(trap.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.bot);
        assertThat(trap.getEnrichment().getReasons()).contains("honeypot-link");
        assertThat(trap.getEnrichment().getFirstOfMessage()).isFalse();
        assertThat(person.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.human);
        assertThat(person.getEnrichment().getFirstOfMessage()).isTrue();
    }

    @Test
    void requestsFromTheSendingInfrastructureAreBots() throws Exception {
        harness.close();
        harness = harness(EnrichmentSettings.defaults()
                .withTenants(Map.of(TENANT, new TenantProfile("Europe/Berlin", Set.of(TENANT_TOOL_IP)))));
        process(message.send(null));
        Event fromMessageIp = process(message.open(Duration.ofMinutes(5), SENDING_IP, MAIL_CLIENT));
        Event fromTenantTool = process(message.click(Duration.ofMinutes(6), TENANT_TOOL_IP, BROWSER, 0));

        assertThat(fromMessageIp.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.bot);
        assertThat(fromMessageIp.getEnrichment().getReasons()).contains("ip:sending-infrastructure");
        assertThat(fromTenantTool.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.bot);
        // The send has no zone: the tenant's configured one applies.
        assertThat(fromTenantTool.getEnrichment().getLocalTimezone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void anOpenWeeksLaterStillFindsItsSendAndDelivery() throws Exception {
        harness.setStateTtlProcessingTime(0);
        process(message.send("Asia/Tokyo"));
        process(message.delivered(Duration.ofSeconds(3), GMAIL_MX));
        harness.setStateTtlProcessingTime(30 * DAY);
        Event late = process(message.open(Duration.ofDays(30), PERSON_IP, MAIL_CLIENT));

        assertThat(late.getEnrichment().getLocalTimezone()).isEqualTo("Asia/Tokyo");
        assertThat(late.getEnrichment().getMailboxProvider()).isEqualTo("google");
        assertThat(late.getEnrichment().getFirstOfMessage()).isTrue();
    }

    @Test
    void forgetsAMessageTheTtlAfterItsLastEvent() throws Exception {
        harness.setStateTtlProcessingTime(0);
        process(message.send("Asia/Tokyo"));
        process(message.delivered(Duration.ofSeconds(3), GMAIL_MX));
        process(message.open(Duration.ofHours(1), PERSON_IP, MAIL_CLIENT));
        harness.setStateTtlProcessingTime(MESSAGE_TTL.toMillis() + DAY);
        Event afterTtl = process(message.open(Duration.ofDays(46), PERSON_IP, MAIL_CLIENT));

        // Send and delivery are forgotten: default zone, provider from the (company) domain, and the open counts as
        // the first again.
        assertThat(afterTtl.getEnrichment().getLocalTimezone()).isEqualTo("UTC");
        assertThat(afterTtl.getEnrichment().getMailboxProvider()).isEqualTo("other");
        assertThat(afterTtl.getEnrichment().getFirstOfMessage()).isTrue();
    }

    @Test
    void countsTheFirstHumanOpenAndTheFirstHumanClickOnceEach() throws Exception {
        process(message.delivered(Duration.ofSeconds(2), GMAIL_MX));
        List<Event> events = List.of(
                process(message.open(Duration.ofSeconds(20), APPLE_IP, "Mozilla/5.0")),
                process(message.click(Duration.ofSeconds(5), UNLISTED_DATACENTER_IP, BROWSER, 0, "HEAD", false)),
                process(message.open(Duration.ofHours(2), "66.249.84.10",
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)")),
                process(message.open(Duration.ofHours(3), PERSON_IP, MAIL_CLIENT)),
                process(message.click(Duration.ofHours(3).plusMinutes(1), PERSON_IP, BROWSER, 1)),
                process(message.click(Duration.ofHours(3).plusMinutes(4), PERSON_IP, BROWSER, 2)));

        assertThat(events).extracting(e -> e.getEnrichment().getEngagementClass()).containsExactly(
                EngagementClass.apple_mpp, EngagementClass.security_scanner, EngagementClass.image_proxy,
                EngagementClass.human, EngagementClass.human, EngagementClass.human);
        // The image proxy's open is a real open, so it is the message's first; the scanner's click is not a click.
        assertThat(events).extracting(e -> e.getEnrichment().getFirstOfMessage())
                .containsExactly(false, false, true, false, true, false);
    }

    @Test
    void eventsWithoutAMessageGetProviderAndZoneAndKeepNoState() throws Exception {
        Event conversion = process(message.conversion(Duration.ofDays(3), "gmail.com"));

        assertThat(conversion.getEnrichment().getMailboxProvider()).isEqualTo("google");
        assertThat(conversion.getEnrichment().getLocalTimezone()).isEqualTo("UTC");
        assertThat(conversion.getEnrichment().getEngagementClass()).isNull();
        assertThat(conversion.getEnrichment().getFirstOfType()).isFalse();
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void marksTheFirstSendDeliveryOpenAndClickOfTheMessageAsFirstOfTheirType() throws Exception {
        List<Event> events = List.of(
                process(message.send("Europe/Paris")),
                process(message.delivered(Duration.ofSeconds(2), GMAIL_MX)),
                process(message.open(Duration.ofHours(1), PERSON_IP, MAIL_CLIENT)),
                process(message.click(Duration.ofHours(1).plusMinutes(1), PERSON_IP, BROWSER, 0)),
                process(message.open(Duration.ofHours(2), PERSON_IP, MAIL_CLIENT)),
                process(message.click(Duration.ofHours(2).plusMinutes(1), PERSON_IP, BROWSER, 1)),
                process(message.delivered(Duration.ofSeconds(3), GMAIL_MX)));

        assertThat(events).extracting(Event::getType).containsExactly(EventType.send, EventType.delivered,
                EventType.open, EventType.click, EventType.open, EventType.click, EventType.delivered);
        assertThat(events).extracting(e -> e.getEnrichment().getFirstOfType())
                .containsExactly(true, true, true, true, false, false, false);
    }

    @Test
    void aHumanOpenAfterABotsOpenIsNotTheFirstOfItsTypeButStillTheFirstHumanOpen() throws Exception {
        process(message.delivered(Duration.ofSeconds(2), "mx01.mail.icloud.com"));
        Event prefetch = process(message.open(Duration.ofSeconds(20), APPLE_IP, "Mozilla/5.0"));
        Event read = process(message.open(Duration.ofHours(5), PERSON_IP, MAIL_CLIENT));

        assertThat(prefetch.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.apple_mpp);
        assertThat(prefetch.getEnrichment().getFirstOfType()).isTrue();
        assertThat(prefetch.getEnrichment().getFirstOfMessage()).isFalse();
        assertThat(read.getEnrichment().getEngagementClass()).isEqualTo(EngagementClass.human);
        assertThat(read.getEnrichment().getFirstOfType()).isFalse();
        assertThat(read.getEnrichment().getFirstOfMessage()).isTrue();
    }

    @Test
    void marksTheFirstOfEveryTrackedTypeOnceAndNeverAConversionOrUnknownType() throws Exception {
        List<EventType> tracked = List.of(EventType.send, EventType.delivered, EventType.deferred, EventType.bounce,
                EventType.open, EventType.click, EventType.reply, EventType.unsubscribe, EventType.complaint);
        List<Boolean> firstFlags = new ArrayList<>();
        List<Boolean> secondFlags = new ArrayList<>();
        for (EventType type : tracked) {
            firstFlags.add(process(message.bare(type, Duration.ofMinutes(1))).getEnrichment().getFirstOfType());
            secondFlags.add(process(message.bare(type, Duration.ofMinutes(2))).getEnrichment().getFirstOfType());
        }
        // A conversion that names the message, and a type this build cannot name: neither is a tracked type.
        Event conversion = process(message.bare(EventType.conversion, Duration.ofDays(1)));
        Event unknown = process(message.bare(EventType.unknown, Duration.ofDays(1)));

        assertThat(firstFlags).hasSize(tracked.size()).containsOnly(true);
        assertThat(secondFlags).hasSize(tracked.size()).containsOnly(false);
        assertThat(conversion.getEnrichment().getFirstOfType()).isFalse();
        assertThat(unknown.getEnrichment().getFirstOfType()).isFalse();
    }

    @Test
    void marksTheFirstOfTypeOfEachMessageIndependently() throws Exception {
        MessageEvents other = new MessageEvents("m-2", "ct-1");

        List<Boolean> flags = List.of(
                process(message.open(Duration.ofHours(1), PERSON_IP, MAIL_CLIENT)).getEnrichment().getFirstOfType(),
                process(other.open(Duration.ofHours(1), PERSON_IP, MAIL_CLIENT)).getEnrichment().getFirstOfType(),
                process(other.open(Duration.ofHours(2), PERSON_IP, MAIL_CLIENT)).getEnrichment().getFirstOfType(),
                process(message.open(Duration.ofHours(2), PERSON_IP, MAIL_CLIENT)).getEnrichment().getFirstOfType());

        assertThat(flags).containsExactly(true, true, false, false);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
    }

    @Test
    void forgetsTheSeenTypesWithTheRestOfTheMessageAfterTheTtl() throws Exception {
        harness.setStateTtlProcessingTime(0);
        Event first = process(message.delivered(Duration.ofSeconds(3), GMAIL_MX));
        harness.setStateTtlProcessingTime(MESSAGE_TTL.toMillis() + DAY);
        Event afterTtl = process(message.delivered(Duration.ofDays(46), GMAIL_MX));

        assertThat(first.getEnrichment().getFirstOfType()).isTrue();
        assertThat(afterTtl.getEnrichment().getFirstOfType()).isTrue();
    }

    @Test
    void messageFactsStayAFlinkPojoSoTheStateKeepsItsEvolvingSerializer() {
        assertThat(TypeInformation.of(MessageFacts.class)).isInstanceOfSatisfying(PojoTypeInfo.class,
                pojo -> assertThat(pojo.getFieldIndex("seenTypes")).isNotNegative());
    }

    @Test
    void aBouncesRemoteMxNamesTheProvider() throws Exception {
        Event bounce = process(message.bounce(Duration.ofSeconds(2), "us-smtp-inbound-1.mimecast.com"));

        assertThat(bounce.getEnrichment().getMailboxProvider()).isEqualTo("mimecast");
    }

    @Test
    void keepsMessageFactsAcrossASnapshotAndRestore() throws Exception {
        process(message.send("Europe/Paris"));
        process(message.delivered(Duration.ofSeconds(2), GMAIL_MX));
        process(message.open(Duration.ofHours(1), PERSON_IP, MAIL_CLIENT));
        OperatorSubtaskState snapshot = harness.snapshot(1, 10);

        try (var restored = harness(null)) {
            restored.initializeState(snapshot);
            restored.open();
            Event click = message.click(Duration.ofSeconds(20), PERSON_IP, BROWSER, 0);
            Event reopen = message.open(Duration.ofHours(2), PERSON_IP, MAIL_CLIENT);
            Event redelivered = message.delivered(Duration.ofSeconds(3), GMAIL_MX);
            Event secondClick = message.click(Duration.ofHours(3), PERSON_IP, BROWSER, 1);
            restored.processElement(click, 1);
            restored.processElement(reopen, 2);
            restored.processElement(redelivered, 3);
            restored.processElement(secondClick, 4);

            assertThat(click.getEnrichment().getReasons()).contains("timing:click-within-60s-of-delivery");
            assertThat(reopen.getEnrichment().getLocalTimezone()).isEqualTo("Europe/Paris");
            assertThat(reopen.getEnrichment().getFirstOfMessage()).isFalse();
            // Send, delivery and open were seen before the snapshot; the click is the first of its type after it.
            assertThat(List.of(click, reopen, redelivered, secondClick))
                    .extracting(e -> e.getEnrichment().getFirstOfType())
                    .containsExactly(true, false, false, false);
        }
    }

    private Event process(Event event) throws Exception {
        harness.processElement(event, event.getOccurredAt().toEpochMilli());
        List<Event> output = harness.extractOutputValues();
        return output.get(output.size() - 1);
    }

    private static KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, Event> harness(
            EnrichmentSettings settings) throws Exception {
        EnrichmentSettings effective = settings != null ? settings : EnrichmentSettings.defaults();
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new EnrichMessageEventsFunction(effective)), EngagementKeys.byMessage(),
                EngagementKeys.TYPE);
        if (settings != null) {
            harness.open();
        }
        return harness;
    }
}
