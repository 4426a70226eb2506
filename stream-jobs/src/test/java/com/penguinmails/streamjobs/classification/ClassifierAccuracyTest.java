package com.penguinmails.streamjobs.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import com.penguinmails.traffic.senders.Tenant;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the classifier against the traffic generator's ground truth, building each open's and click's evidence only
 * from what a tracking platform sees: the request, the message's delivery event, earlier clicks on the message and the
 * tenant's sending IPs. The run is repeated with no IP ranges at all, to show what agents and behaviour achieve when
 * the network lists are stale.
 */
class ClassifierAccuracyTest {

    private static final int EVENTS = 300_000;
    // A slow send rate makes the events span about a week, so late readers, reopens and crawler visits are in the mix.
    private static final double SENDS_PER_SECOND = 0.25;
    private static final int EARLIER_CLICKS_KEPT = 10;

    private static ConfusionMatrix withAllEvidence;
    private static ConfusionMatrix withoutIpRanges;

    @BeforeAll
    static void classifyGeneratedTraffic() throws Exception {
        TrafficGenerator generator = new TrafficGenerator(
                TrafficSettings.defaults().withSeed(11).withSendsPerSecond(SENDS_PER_SECOND));
        withAllEvidence = measure(generator, EngagementClassifier.withDefaults());
        KnownNetworks agentsOnly;
        try (Reader userAgents = new InputStreamReader(Objects.requireNonNull(
                KnownNetworks.class.getClassLoader().getResourceAsStream(KnownNetworks.USER_AGENTS_RESOURCE)),
                StandardCharsets.UTF_8)) {
            agentsOnly = KnownNetworks.load(new StringReader("cidr,class,name,weight,source\n"), "empty ip-ranges.csv",
                    userAgents, KnownNetworks.USER_AGENTS_RESOURCE);
        }
        withoutIpRanges = measure(generator, new EngagementClassifier(agentsOnly,
                EngagementClassifier.DEFAULT_SCAN_WINDOW, EngagementClassifier.DEFAULT_BURST_WINDOW));
        System.out.println(withAllEvidence.report(String.format("Classifier on %,d generated events", EVENTS)));
        System.out.println(withoutIpRanges.report("Same traffic, no IP ranges (agents and behaviour only)"));
    }

    @Test
    void separatesHumansFromMachinesAtLeastNineTimesInTen() {
        assertThat(withAllEvidence.humanVersusMachineAccuracy()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void seesEnoughOfEveryLabelToMeasureIt() {
        for (EngagementClass label : ConfusionMatrix.LABELS) {
            assertThat(withAllEvidence.total(label)).as("opens and clicks labelled %s", label)
                    .isGreaterThanOrEqualTo(1_000);
        }
    }

    @Test
    void findsMostOfEachMachineClass() {
        // The generator's machines are cleanly separable (see the printed report: every recall is 1.0), so these
        // floors leave room for other seeds and for data-file edits, not for a weaker classifier.
        assertThat(withAllEvidence.recall(EngagementClass.APPLE_MPP)).isGreaterThanOrEqualTo(0.95);
        assertThat(withAllEvidence.recall(EngagementClass.IMAGE_PROXY)).isGreaterThanOrEqualTo(0.95);
        assertThat(withAllEvidence.recall(EngagementClass.SECURITY_SCANNER)).isGreaterThanOrEqualTo(0.95);
        assertThat(withAllEvidence.recall(EngagementClass.BOT)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void rarelyCallsAPersonAMachine() {
        assertThat(withAllEvidence.recall(EngagementClass.HUMAN)).isGreaterThanOrEqualTo(0.95);
        assertThat(withAllEvidence.precision(EngagementClass.HUMAN)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void findsScannersByBehaviourWhenTheNetworkListsAreStale() {
        // Without networks, Apple's bare agent is only weak evidence and the image proxies still name themselves;
        // scanners are caught by HEAD, timing and bursts.
        assertThat(withoutIpRanges.recall(EngagementClass.SECURITY_SCANNER)).isGreaterThanOrEqualTo(0.95);
        assertThat(withoutIpRanges.recall(EngagementClass.IMAGE_PROXY)).isGreaterThanOrEqualTo(0.95);
        assertThat(withoutIpRanges.recall(EngagementClass.HUMAN)).isGreaterThanOrEqualTo(0.95);
    }

    private static ConfusionMatrix measure(TrafficGenerator generator, EngagementClassifier classifier) {
        Map<String, Set<String>> sendingIps = new HashMap<>();
        for (Tenant tenant : generator.tenants()) {
            sendingIps.put(tenant.id(), Set.copyOf(tenant.sendingIps()));
        }
        Map<String, Instant> deliveredAt = new HashMap<>();
        Map<String, Deque<Instant>> clicks = new HashMap<>();
        ConfusionMatrix matrix = new ConfusionMatrix();
        generator.events().limit(EVENTS).forEach(generated -> {
            Event event = generated.event();
            String messageKey = event.getTenantId() + "/" + event.getMessageId();
            if (event.getType() == EventType.delivered) {
                deliveredAt.putIfAbsent(messageKey, event.getOccurredAt());
                return;
            }
            if (event.getType() != EventType.open && event.getType() != EventType.click) {
                return;
            }
            boolean click = event.getType() == EventType.click;
            Deque<Instant> earlier = clicks.computeIfAbsent(messageKey, k -> new ArrayDeque<>());
            EngagementDetails request = event.getEngagement();
            EngagementEvidence evidence = new EngagementEvidence(click ? EngagementType.CLICK : EngagementType.OPEN,
                    event.getOccurredAt(), request.getIp(), request.getUserAgent(), request.getHttpMethod(),
                    request.getLinkIndex(), request.getUrl(), deliveredAt.get(messageKey), new ArrayList<>(earlier),
                    request.getHoneypot(), sendingIps.get(event.getTenantId()));
            if (click) {
                earlier.addLast(event.getOccurredAt());
                if (earlier.size() > EARLIER_CLICKS_KEPT) {
                    earlier.removeFirst();
                }
            }
            matrix.record(truth(generated), classifier.classify(evidence).engagementClass());
        });
        return matrix;
    }

    private static EngagementClass truth(GeneratedEvent generated) {
        return switch (generated.label()) {
            case HUMAN -> EngagementClass.HUMAN;
            case APPLE_MPP -> EngagementClass.APPLE_MPP;
            case IMAGE_PROXY -> EngagementClass.IMAGE_PROXY;
            case SECURITY_SCANNER -> EngagementClass.SECURITY_SCANNER;
            case BOT -> EngagementClass.BOT;
            case NOT_APPLICABLE -> throw new AssertionError("open or click without a label: " + generated.event());
        };
    }
}
