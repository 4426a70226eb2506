package com.penguinmails.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.traffic.recipients.MailboxProvider;
import com.penguinmails.traffic.senders.Campaign;
import com.penguinmails.traffic.senders.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs about 100,000 sends and follows every one of them to the end (7 simulated days), then compares the observed
 * rates with the configured ones. Apple Mail is left out of the mix so that every read is visible as an open.
 */
class TrafficRatesTest {

    private static final double SENDS_PER_SECOND = 0.25;
    private static final Duration WINDOW = Duration.ofSeconds(400_000);
    private static final Duration FOLLOW_THROUGH = Duration.ofDays(7);
    private static final OutcomeRates RATES = OutcomeRates.defaults();

    private static List<Outcome> messages;
    private static Map<String, Campaign> campaigns;
    private static List<Integer> localHoursOfPersonOpens;

    /** What happened to one message sent within the window. */
    private static final class Outcome {
        final int step;
        final String campaign;
        final String variant;
        final String zone;
        boolean delivered;
        boolean deferred;
        String bounceType;
        boolean personOpen;
        boolean humanClick;
        boolean humanReply;
        boolean autoReply;
        boolean unsubscribed;
        boolean complained;

        Outcome(Event send) {
            step = send.getSequenceStep();
            campaign = send.getCampaignId();
            variant = send.getVariant();
            zone = send.getSend().getRecipientTimezone();
        }
    }

    @BeforeAll
    static void followOneHundredThousandSends() {
        Map<MailboxProvider, Double> mixWithoutApple = new EnumMap<>(MailboxProvider.defaultMix());
        mixWithoutApple.remove(MailboxProvider.APPLE);
        TrafficSettings settings = TrafficSettings.defaults().withSendsPerSecond(SENDS_PER_SECOND)
                .withProviderMix(mixWithoutApple).withAppleMailShare(0).withContactsPerTenant(50_000);
        TrafficGenerator generator = new TrafficGenerator(settings);
        campaigns = new HashMap<>();
        for (Tenant tenant : generator.tenants()) {
            tenant.campaigns().forEach(campaign -> campaigns.put(campaign.id(), campaign));
        }
        Instant windowEnd = settings.start().plus(WINDOW);
        Instant end = windowEnd.plus(FOLLOW_THROUGH);
        Map<String, Outcome> byMessage = new HashMap<>();
        localHoursOfPersonOpens = new ArrayList<>();
        Iterator<GeneratedEvent> events = generator.iterator();
        while (true) {
            GeneratedEvent generated = events.next();
            Event event = generated.event();
            if (!event.getOccurredAt().isBefore(end)) {
                break;
            }
            if (event.getType() == EventType.send && event.getOccurredAt().isBefore(windowEnd)) {
                byMessage.put(event.getMessageId(), new Outcome(event));
            }
            Outcome outcome = event.getMessageId() == null ? null : byMessage.get(event.getMessageId());
            if (outcome != null) {
                record(outcome, generated);
            }
        }
        messages = List.copyOf(byMessage.values());
    }

    private static void record(Outcome outcome, GeneratedEvent generated) {
        Event event = generated.event();
        switch (event.getType()) {
            case delivered -> outcome.delivered = true;
            case deferred -> outcome.deferred = true;
            case bounce -> outcome.bounceType = event.getBounce().getBounceType().name();
            case open -> {
                if (generated.label() == TrafficLabel.HUMAN || generated.label() == TrafficLabel.IMAGE_PROXY) {
                    if (!outcome.personOpen) {
                        localHoursOfPersonOpens.add(event.getOccurredAt().atZone(ZoneId.of(outcome.zone)).getHour());
                    }
                    outcome.personOpen = true;
                }
            }
            case click -> outcome.humanClick |= generated.label() == TrafficLabel.HUMAN;
            case reply -> {
                if (event.getReply().getIsAutoReply()) {
                    outcome.autoReply = true;
                } else {
                    outcome.humanReply = true;
                }
            }
            case unsubscribe -> outcome.unsubscribed = true;
            case complaint -> outcome.complained = true;
            default -> {
            }
        }
    }

    @Test
    void followsAboutOneHundredThousandSends() {
        assertThat(messages.size()).isBetween(95_000, 105_000);
        assertThat(messages.stream().filter(m -> m.step > 1).count()).isGreaterThan(10_000);
    }

    @Test
    void bounceRatesOfFirstStepsMatchTheConfiguredRates() {
        List<Outcome> firstSteps = messages.stream().filter(m -> m.step == 1).toList();

        assertRate(firstSteps, m -> "hard".equals(m.bounceType), RATES.hardBounce());
        assertRate(firstSteps, m -> "block".equals(m.bounceType), RATES.block());
        assertRate(firstSteps, m -> "soft".equals(m.bounceType), RATES.softBounce());
    }

    @Test
    void followUpsBounceHardTenTimesLess() {
        List<Outcome> followUps = messages.stream().filter(m -> m.step > 1).toList();

        assertRate(followUps, m -> "hard".equals(m.bounceType), RATES.hardBounce() / 10);
    }

    @Test
    void everyMessageEndsDeliveredOrBounced() {
        assertThat(messages).allMatch(m -> m.delivered ^ m.bounceType != null);
    }

    @Test
    void deferralRateOfDeliveredMessagesMatches() {
        assertRate(delivered(), m -> m.deferred, RATES.deferral());
    }

    @Test
    void engagementRatesOfDeliveredFirstStepsMatch() {
        List<Outcome> delivered = delivered().stream().filter(m -> m.step == 1).toList();

        assertRate(delivered, m -> m.personOpen, RATES.read());
        assertRate(delivered, m -> m.humanClick, RATES.click());
        assertRate(delivered, m -> m.humanReply, RATES.reply());
        assertRate(delivered, m -> m.autoReply, RATES.autoReply());
        assertRate(delivered, m -> m.unsubscribed, RATES.unsubscribe());
    }

    @Test
    void complaintRateOfDeliveredMessagesMatches() {
        assertRate(delivered(), m -> m.complained, RATES.complaint());
    }

    @Test
    void laterStepsGetFewerReplies() {
        double first = rate(delivered().stream().filter(m -> m.step == 1).toList(), m -> m.humanReply);
        double third = rate(delivered().stream().filter(m -> m.step == 3).toList(), m -> m.humanReply);

        assertThat(third).isLessThan(first * 0.8);
    }

    @Test
    void theBetterVariantOfAnAbTestGetsClearlyMoreReplies() {
        List<Outcome> better = new ArrayList<>();
        List<Outcome> worse = new ArrayList<>();
        List<Outcome> even = new ArrayList<>();
        for (Outcome message : delivered()) {
            Campaign campaign = campaigns.get(message.campaign);
            if (message.step != 1) {
                continue;
            }
            if (campaign.betterVariant() < 0) {
                even.add(message);
            } else if (Campaign.VARIANTS.get(campaign.betterVariant()).equals(message.variant)) {
                better.add(message);
            } else {
                worse.add(message);
            }
        }
        double betterRate = rate(better, m -> m.humanReply);
        double worseRate = rate(worse, m -> m.humanReply);

        assertThat(betterRate).isGreaterThan(worseRate * 1.4);
        assertThat(rate(better, m -> m.personOpen)).isGreaterThan(rate(worse, m -> m.personOpen));
        assertThat((betterRate + worseRate) / 2).isCloseTo(rate(even, m -> m.humanReply), within(0.01));
    }

    @Test
    void peopleOpenMostlyInWorkingHoursOfTheirTimeZone() {
        long night = localHoursOfPersonOpens.stream().filter(hour -> hour < 6).count();
        long working = localHoursOfPersonOpens.stream().filter(hour -> hour >= 8 && hour < 18).count();
        double total = localHoursOfPersonOpens.size();

        assertThat(total).isGreaterThan(20_000);
        assertThat(night / total).isLessThan(0.06);
        assertThat(working / total).isGreaterThan(0.55);
    }

    private static List<Outcome> delivered() {
        return messages.stream().filter(m -> m.delivered).toList();
    }

    private static double rate(List<Outcome> population, Predicate<Outcome> outcome) {
        return (double) population.stream().filter(outcome).count() / population.size();
    }

    /** Within 4.5 standard errors of a binomial proportion plus 3 % of the rate for the model's own approximations. */
    private static void assertRate(List<Outcome> population, Predicate<Outcome> outcome, double expected) {
        double observed = rate(population, outcome);
        double standardError = Math.sqrt(expected * (1 - expected) / population.size());
        assertThat(observed).as("rate over %d messages", population.size())
                .isCloseTo(expected, within(4.5 * standardError + 0.03 * expected));
    }
}
