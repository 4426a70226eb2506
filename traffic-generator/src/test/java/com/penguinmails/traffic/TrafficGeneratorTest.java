package com.penguinmails.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.traffic.senders.Campaign;
import com.penguinmails.traffic.senders.Tenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTest {

    private static final int SAMPLE_SIZE = 300_000;
    private static final TrafficSettings SETTINGS = TrafficSettings.defaults();
    private static List<GeneratedEvent> sample;
    private static Map<String, Long> deliveredAt;
    private static Map<String, Campaign> campaigns;

    @BeforeAll
    static void generateASample() {
        TrafficGenerator generator = new TrafficGenerator(SETTINGS);
        sample = generator.events().limit(SAMPLE_SIZE).toList();
        deliveredAt = new HashMap<>();
        for (GeneratedEvent generated : sample) {
            if (generated.event().getType() == EventType.delivered) {
                deliveredAt.put(generated.event().getMessageId(), generated.event().getOccurredAt().toEpochMilli());
            }
        }
        campaigns = new HashMap<>();
        for (Tenant tenant : generator.tenants()) {
            tenant.campaigns().forEach(campaign -> campaigns.put(campaign.id(), campaign));
        }
    }

    @Test
    void sameSeedGivesTheSameEvents() {
        List<GeneratedEvent> again = new TrafficGenerator(TrafficSettings.defaults()).events().limit(50_000).toList();

        assertThat(again).isEqualTo(sample.subList(0, 50_000));
    }

    @Test
    void replayingTheSameGeneratorGivesTheSameEvents() {
        TrafficGenerator generator = new TrafficGenerator(SETTINGS.withSeed(9));

        assertThat(generator.events().limit(5_000).toList()).isEqualTo(generator.events().limit(5_000).toList());
    }

    @Test
    void differentSeedGivesDifferentEvents() {
        List<GeneratedEvent> other = new TrafficGenerator(SETTINGS.withSeed(43)).events().limit(2_000).toList();

        Set<String> ids = sample.subList(0, 2_000).stream().map(g -> g.event().getEventId()).collect(Collectors.toSet());
        assertThat(other).noneMatch(g -> ids.contains(g.event().getEventId()));
        assertThat(other.stream().map(g -> g.event().getContactId()).toList())
                .isNotEqualTo(sample.subList(0, 2_000).stream().map(g -> g.event().getContactId()).toList());
    }

    @Test
    void eventsComeInOccurredAtOrder() {
        long previous = Long.MIN_VALUE;
        for (GeneratedEvent generated : sample) {
            long at = generated.event().getOccurredAt().toEpochMilli();
            assertThat(at).isGreaterThanOrEqualTo(previous);
            previous = at;
        }
        assertThat(sample.get(0).event().getOccurredAt()).isEqualTo(SETTINGS.start());
    }

    @Test
    void everyEventIdIsUnique() {
        Set<String> ids = new HashSet<>();
        for (GeneratedEvent generated : sample) {
            assertThat(ids.add(generated.event().getEventId())).as(generated.event().getEventId()).isTrue();
        }
    }

    @Test
    void everyEventTypeAndOriginShowsUp() {
        Set<EventType> types = sample.stream().map(g -> g.event().getType()).collect(Collectors.toSet());
        Set<TrafficLabel> labels = sample.stream().map(GeneratedEvent::label).collect(Collectors.toSet());
        Set<String> tenants = sample.stream().map(g -> g.event().getTenantId()).collect(Collectors.toSet());

        assertThat(types).contains(EventType.send, EventType.delivered, EventType.deferred, EventType.bounce,
                EventType.open, EventType.click, EventType.reply, EventType.unsubscribe, EventType.complaint);
        assertThat(labels).containsExactlyInAnyOrder(TrafficLabel.values());
        assertThat(tenants).containsExactlyInAnyOrderElementsOf(SETTINGS.tenantIds());
    }

    @Test
    void everyEventCarriesTheDetailsOfItsTypeAndNothingElse() {
        for (GeneratedEvent generated : sample) {
            TrafficEventAssertions.assertValid(generated, SETTINGS.tenantIds());
        }
    }

    @Test
    void everyEventSurvivesTheKafkaEncoding() {
        for (GeneratedEvent generated : sample.subList(0, 50_000)) {
            assertThat(EventCodec.decode(EventCodec.encode(generated.event()))).isEqualTo(generated.event());
        }
    }

    @Test
    void remoteMxMatchesTheRecipientsProvider() {
        Map<String, String> consumerMx = Map.of("gmail.com", "google.com", "googlemail.com", "google.com",
                "outlook.com", "outlook.com", "hotmail.com", "outlook.com", "yahoo.com", "yahoodns.net",
                "aol.com", "yahoodns.net", "icloud.com", "icloud.com", "proton.me", "protonmail.ch", "mail.ru", "mail.ru",
                "web.de", "web.de");
        int checked = 0;
        for (GeneratedEvent generated : sample) {
            Event event = generated.event();
            String expected = consumerMx.get(event.getRecipientDomain());
            if (event.getType() == EventType.delivered && expected != null) {
                assertThat(event.getDelivery().getRemoteMx()).endsWith(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void scannersClickEveryLinkWithinTwoSecondsSecondsAfterDelivery() {
        long sampleEnd = sample.get(sample.size() - 1).event().getOccurredAt().toEpochMilli();
        Map<String, List<Event>> scans = new HashMap<>();
        for (GeneratedEvent generated : sample) {
            boolean scanCompleteInSample = deliveredAt.getOrDefault(generated.event().getMessageId(), sampleEnd)
                    < sampleEnd - 20_000;
            if (generated.label() == TrafficLabel.SECURITY_SCANNER && generated.event().getType() == EventType.click
                    && scanCompleteInSample) {
                scans.computeIfAbsent(generated.event().getMessageId(), id -> new ArrayList<>()).add(generated.event());
            }
        }
        assertThat(scans).hasSizeGreaterThan(5_000);
        for (List<Event> clicks : scans.values()) {
            Event first = clicks.get(0);
            long delivered = deliveredAt.get(first.getMessageId());
            long firstAt = first.getOccurredAt().toEpochMilli();
            long lastAt = clicks.get(clicks.size() - 1).getOccurredAt().toEpochMilli();
            int links = campaigns.get(first.getCampaignId()).links().size();

            assertThat(firstAt - delivered).isBetween(1_000L, 15_000L);
            assertThat(lastAt - firstAt).isLessThanOrEqualTo(2_000L);
            assertThat(clicks).filteredOn(c -> !c.getEngagement().getHoneypot())
                    .extracting(c -> c.getEngagement().getLinkIndex()).containsExactlyElementsOf(range(links));
            assertThat(clicks).filteredOn(c -> c.getEngagement().getHoneypot())
                    .extracting(c -> c.getEngagement().getLinkIndex()).containsExactly(links);
            assertThat(clicks).extracting(c -> c.getEngagement().getIp()).containsOnly(first.getEngagement().getIp());
            assertThat(clicks).extracting(c -> c.getEngagement().getHttpMethod()).allMatch(m -> m.equals("HEAD")
                    || m.equals("GET"));
        }
    }

    @Test
    void appleMppPrefetchesWithinAMinuteAndAHalfOfDeliveryFromAppleAddresses() {
        List<GeneratedEvent> prefetches = sample.stream().filter(g -> g.label() == TrafficLabel.APPLE_MPP).toList();

        assertThat(prefetches).hasSizeGreaterThan(5_000);
        for (GeneratedEvent prefetch : prefetches) {
            Event event = prefetch.event();
            assertThat(event.getType()).isEqualTo(EventType.open);
            assertThat(event.getEngagement().getIp()).startsWith("17.");
            assertThat(event.getEngagement().getUserAgent()).isEqualTo("Mozilla/5.0");
            long delay = event.getOccurredAt().toEpochMilli() - deliveredAt.get(event.getMessageId());
            assertThat(delay).isBetween(2_000L, 90_000L);
        }
    }

    @Test
    void imageProxyOpensComeFromGoogleOrYahooProxies() {
        List<Event> proxied = sample.stream().filter(g -> g.label() == TrafficLabel.IMAGE_PROXY)
                .map(GeneratedEvent::event).toList();

        assertThat(proxied).hasSizeGreaterThan(1_000);
        for (Event event : proxied) {
            String userAgent = event.getEngagement().getUserAgent();
            assertThat(event.getType()).isEqualTo(EventType.open);
            assertThat(userAgent).containsAnyOf("GoogleImageProxy", "YahooMailProxy");
            if (userAgent.contains("GoogleImageProxy")) {
                assertThat(event.getEngagement().getIp()).matches("(66\\.249|66\\.102|74\\.125)\\..*");
                assertThat(event.getRecipientDomain()).doesNotContain("yahoo", "aol");
            }
        }
    }

    @Test
    void peopleOpenLaterThanMachines() {
        List<Long> humanDelays = sample.stream()
                .filter(g -> g.label() == TrafficLabel.HUMAN && g.event().getType() == EventType.open)
                .map(g -> g.event().getOccurredAt().toEpochMilli() - deliveredAt.get(g.event().getMessageId()))
                .sorted().toList();

        assertThat(humanDelays).hasSizeGreaterThan(1_000);
        assertThat(humanDelays.get(humanDelays.size() / 2)).isGreaterThan(Duration.ofMinutes(10).toMillis());
        assertThat(humanDelays.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(30).toMillis());
    }

    @Test
    void humanClicksFollowAnOpenOrAnInvisibleAppleMailRead() {
        Map<String, Long> firstPersonOpen = new HashMap<>();
        int clicksAfterOpen = 0;
        int humanClicks = 0;
        for (GeneratedEvent generated : sample) {
            Event event = generated.event();
            boolean personOpen = event.getType() == EventType.open
                    && (generated.label() == TrafficLabel.HUMAN || generated.label() == TrafficLabel.IMAGE_PROXY);
            if (personOpen) {
                firstPersonOpen.putIfAbsent(event.getMessageId(), event.getOccurredAt().toEpochMilli());
            }
            if (event.getType() == EventType.click && generated.label() == TrafficLabel.HUMAN) {
                humanClicks++;
                assertThat(event.getEngagement().getHttpMethod()).isEqualTo("GET");
                assertThat(event.getEngagement().getUserAgent()).startsWith("Mozilla/5.0 (");
                if (firstPersonOpen.containsKey(event.getMessageId())) {
                    clicksAfterOpen++;
                }
            }
        }
        assertThat(humanClicks).isGreaterThan(200);
        assertThat((double) clicksAfterOpen / humanClicks).isGreaterThan(0.5);
    }

    @Test
    void tenantsOwnTheirSendingInfrastructure() {
        TrafficGenerator generator = new TrafficGenerator(SETTINGS);
        Map<String, Tenant> tenants = generator.tenants().stream().collect(Collectors.toMap(Tenant::id, t -> t));
        for (GeneratedEvent generated : sample.subList(0, 20_000)) {
            Event event = generated.event();
            if (event.getType() == EventType.send) {
                Tenant tenant = tenants.get(event.getTenantId());
                assertThat(tenant.sendingDomains()).contains(event.getSendingDomain());
                assertThat(tenant.sendingIps()).contains(event.getSendingIp());
                assertThat(event.getMailbox()).endsWith("@" + event.getSendingDomain());
                assertThat(event.getCampaignId()).startsWith("c-" + tenant.brand() + "-");
                assertThat(ZoneId.of(event.getSend().getRecipientTimezone())).isNotNull();
            }
        }
    }

    @Test
    void theFirstTenantSendsTheMost() {
        Map<String, Long> sends = sample.stream().filter(g -> g.event().getType() == EventType.send)
                .collect(Collectors.groupingBy(g -> g.event().getTenantId(), Collectors.counting()));
        double total = sends.values().stream().mapToLong(Long::longValue).sum();

        assertThat(sends.get("t-acme") / total).isCloseTo(6.0 / 11, within(0.02));
        assertThat(sends.get("t-globex") / total).isCloseTo(3.0 / 11, within(0.02));
        assertThat(sends.get("t-initech") / total).isCloseTo(2.0 / 11, within(0.02));
    }

    @Test
    void dealValuesHaveScaleFourAndATenantCurrency() {
        Iterator<GeneratedEvent> events = new TrafficGenerator(SETTINGS.withSendsPerSecond(0.1)).iterator();
        List<Event> deals = new ArrayList<>();
        Set<String> conversionTypes = new TreeSet<>();
        for (int i = 0; i < 1_000_000 && deals.size() < 20; i++) {
            Event event = events.next().event();
            if (event.getType() == EventType.conversion) {
                conversionTypes.add(event.getConversion().getConversionType());
                if (event.getConversion().getConversionType().equals("deal_won")) {
                    deals.add(event);
                }
            }
        }
        assertThat(conversionTypes).containsExactly("deal_won", "meeting_booked");
        assertThat(deals).isNotEmpty().allSatisfy(deal -> {
            assertThat(deal.getConversion().getValue().scale()).isEqualTo(4);
            assertThat(deal.getConversion().getValue()).isGreaterThan(BigDecimal.ZERO);
            assertThat(deal.getConversion().getCurrency()).isIn("USD", "EUR", "GBP");
            assertThat(deal.getMessageId()).isNull();
            assertThat(deal.getContactId()).startsWith("ct-");
        });
    }

    @Test
    void hardBouncesNeverComeBackForTheSameContact() {
        Map<String, Long> hardBouncedAt = new HashMap<>();
        for (GeneratedEvent generated : sample) {
            Event event = generated.event();
            String contact = event.getTenantId() + "/" + event.getContactId();
            if (event.getType() == EventType.bounce && event.getBounce().getBounceType() == BounceType.hard) {
                hardBouncedAt.putIfAbsent(contact, event.getOccurredAt().toEpochMilli());
            }
            if (event.getType() == EventType.send && hardBouncedAt.containsKey(contact)) {
                throw new AssertionError("Sent to " + contact + " after it bounced hard");
            }
        }
        assertThat(hardBouncedAt).hasSizeGreaterThan(1_000);
    }

    private static List<Integer> range(int size) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(i);
        }
        return values;
    }
}
