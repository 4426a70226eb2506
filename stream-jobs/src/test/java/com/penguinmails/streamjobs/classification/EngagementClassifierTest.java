package com.penguinmails.streamjobs.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngagementClassifierTest {

    private static final Instant DELIVERED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant HOURS_LATER = DELIVERED.plus(Duration.ofHours(3));
    private static final String CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final String OUTLOOK = "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)";
    private static final String HOME_IP = "73.41.200.17";

    private final EngagementClassifier classifier = EngagementClassifier.withDefaults();

    @Test
    void callsGmailsImageProxyAnImageProxy() {
        Classification verdict = classifier.classify(EngagementEvidence.open(HOURS_LATER, "66.249.84.20",
                "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)")
                .withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.IMAGE_PROXY);
        assertThat(verdict.reasons()).containsExactly("ua:google-image-proxy", "ua:browser", "ip:google-image-proxy-range");
        assertThat(verdict.confidence()).isGreaterThan(0.95);
        assertThat(verdict.isHuman()).isFalse();
    }

    @Test
    void callsYahoosProxyAnImageProxyByItsAgentAlone() {
        Classification verdict = classifier.classify(EngagementEvidence.open(HOURS_LATER, "203.0.113.99",
                "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html"));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.IMAGE_PROXY);
        assertThat(verdict.reasons()).containsExactly("ua:yahoo-mail-proxy");
    }

    @Test
    void callsAppleNetworkPrefetchWithTheBareAgentMpp() {
        Classification verdict = classifier.classify(EngagementEvidence.open(DELIVERED.plusSeconds(30), "17.58.3.4",
                "Mozilla/5.0").withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.APPLE_MPP);
        assertThat(verdict.reasons()).contains("ua:apple-mpp-generic-agent", "ip:apple-mpp-range",
                "timing:open-within-60s-of-delivery");
        assertThat(verdict.confidence()).isGreaterThan(0.5);
    }

    @Test
    void leavesTheBareAgentFromElsewhereUnknown() {
        Classification verdict = classifier.classify(EngagementEvidence.open(HOURS_LATER, HOME_IP, "Mozilla/5.0"));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.UNKNOWN);
        assertThat(verdict.confidence()).isZero();
        assertThat(verdict.reasons()).containsExactly("ua:apple-mpp-generic-agent");
    }

    @Test
    void ignoresImageOnlyNetworksForClicks() {
        Classification verdict = classifier.classify(EngagementEvidence.click(HOURS_LATER, "17.58.3.4", CHROME, 0)
                .withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.HUMAN);
        assertThat(verdict.reasons()).containsExactly("ua:browser", "no-machine-evidence");
    }

    @Test
    void callsAMailClientOpeningHoursLaterHuman() {
        Classification verdict = classifier.classify(EngagementEvidence.open(HOURS_LATER, HOME_IP, OUTLOOK)
                .withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.HUMAN);
        assertThat(verdict.reasons()).containsExactly("ua:mail-client", "no-machine-evidence");
        assertThat(verdict.confidence()).isEqualTo(0.8);
    }

    @Test
    void callsARequestWithNothingMachineLikeHumanWithLowerConfidence() {
        Classification verdict = classifier.classify(EngagementEvidence.open(HOURS_LATER, HOME_IP,
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.HUMAN);
        assertThat(verdict.reasons()).containsExactly("no-machine-evidence");
        assertThat(verdict.confidence()).isEqualTo(0.6);
    }

    @Test
    void callsARequestWithoutAddressOrAgentUnknown() {
        Classification verdict = classifier.classify(EngagementEvidence.open(HOURS_LATER, null, " "));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.UNKNOWN);
        assertThat(verdict.reasons()).containsExactly("no-request-evidence");
        assertThat(verdict.confidence()).isZero();
    }

    @Test
    void callsAHeadRequestAScanner() {
        Classification verdict = classifier.classify(EngagementEvidence.click(HOURS_LATER, HOME_IP, CHROME, 0)
                .withHttpMethod("head").withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(verdict.reasons()).containsExactly("ua:browser", "method:head");
    }

    @Test
    void callsAClickWithinTheScanWindowOfDeliveryAScanner() {
        EngagementEvidence early = EngagementEvidence.click(DELIVERED.plusSeconds(60), HOME_IP, CHROME, 0)
                .withDeliveredAt(DELIVERED);
        EngagementEvidence later = EngagementEvidence.click(DELIVERED.plusSeconds(61), HOME_IP, CHROME, 0)
                .withDeliveredAt(DELIVERED);

        Classification verdict = classifier.classify(early);
        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(verdict.reasons()).containsExactly("ua:browser", "timing:click-within-60s-of-delivery");
        assertThat(classifier.classify(later).engagementClass()).isEqualTo(EngagementClass.HUMAN);
    }

    @Test
    void usesTheConfiguredScanWindow() {
        EngagementClassifier strict = new EngagementClassifier(KnownNetworks.loadDefault(), Duration.ofSeconds(10),
                Duration.ofSeconds(2));
        EngagementEvidence click = EngagementEvidence.click(DELIVERED.plusSeconds(10), HOME_IP, CHROME, 0)
                .withDeliveredAt(DELIVERED);

        assertThat(strict.classify(click).reasons()).contains("timing:click-within-10s-of-delivery");
        assertThat(strict.classify(click.withDeliveredAt(DELIVERED.minusSeconds(1))).engagementClass())
                .isEqualTo(EngagementClass.HUMAN);
    }

    @Test
    void takesNoTimingEvidenceFromARequestBeforeDeliveryOrWithoutOne() {
        EngagementEvidence click = EngagementEvidence.click(DELIVERED.minusSeconds(5), HOME_IP, CHROME, 0);

        assertThat(classifier.classify(click.withDeliveredAt(DELIVERED)).engagementClass())
                .isEqualTo(EngagementClass.HUMAN);
        assertThat(classifier.classify(click).engagementClass()).isEqualTo(EngagementClass.HUMAN);
    }

    @Test
    void callsAnOpenWithinSecondsOfDeliveryFromAnUnknownNetworkAScanner() {
        Classification verdict = classifier.classify(EngagementEvidence.open(DELIVERED.plusSeconds(4), "185.59.1.2",
                CHROME).withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(verdict.reasons()).containsExactly("ua:browser", "timing:open-within-60s-of-delivery");
    }

    @Test
    void callsSeveralLinksWithinTwoSecondsABurstOfAScanner() {
        Instant at = Instant.parse("2026-11-25T10:00:09Z");
        Classification verdict = classifier.classify(EngagementEvidence.click(at, HOME_IP, CHROME, 2)
                .withEarlierClicks(List.of(at.minusMillis(700), at.minusMillis(1400), at.minusSeconds(30))));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(verdict.reasons()).containsExactly("ua:browser", "burst:3-links-within-2000ms");
    }

    @Test
    void letsALateBurstAloneNotOutweighABrowser() {
        Classification verdict = classifier.classify(EngagementEvidence.click(HOURS_LATER, HOME_IP, CHROME, 1)
                .withDeliveredAt(DELIVERED).withEarlierClicks(List.of(HOURS_LATER.minusSeconds(1))));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.HUMAN);
        assertThat(verdict.reasons()).containsExactly("ua:browser", "burst:2-links-within-2000ms");
        assertThat(verdict.confidence()).isLessThan(0.8);
    }

    @Test
    void callsAHoneypotClickABotUnlessAScannerMadeIt() {
        EngagementEvidence click = EngagementEvidence.click(HOURS_LATER, HOME_IP, CHROME, 3).withHoneypotLink(true);

        Classification fromHome = classifier.classify(click);
        assertThat(fromHome.engagementClass()).isEqualTo(EngagementClass.BOT);
        assertThat(fromHome.reasons()).containsExactly("ua:browser", "honeypot-link");

        Classification fromGateway = classifier.classify(new EngagementEvidence(EngagementType.CLICK, HOURS_LATER,
                "40.107.5.9", CHROME, "GET", 3, null, null, List.of(), true, Set.of()));
        assertThat(fromGateway.engagementClass()).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(fromGateway.reasons()).containsExactly("ua:browser", "ip:microsoft-exchange-online",
                "honeypot-link");
        assertThat(classifier.classify(click.withHoneypotLink(null)).engagementClass())
                .isEqualTo(EngagementClass.HUMAN);
    }

    @Test
    void callsARequestFromTheSendersOwnInfrastructureABot() {
        Classification verdict = classifier.classify(EngagementEvidence.open(HOURS_LATER, "203.0.113.10", CHROME)
                .withSendingIps(Set.of("203.0.113.10", "203.0.113.11")));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.BOT);
        assertThat(verdict.reasons()).containsExactly("ip:sending-infrastructure", "ua:browser");
    }

    @Test
    void callsSelfDeclaredCrawlersBots() {
        for (String agent : List.of("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Go-http-client/1.1",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")) {
            Classification verdict = classifier.classify(EngagementEvidence.click(HOURS_LATER, "34.12.8.9", agent, 0)
                    .withDeliveredAt(DELIVERED));
            assertThat(verdict.engagementClass()).as(agent).isEqualTo(EngagementClass.BOT);
        }
    }

    @Test
    void letsGatewayEvidenceOutweighAGenericHttpLibrary() {
        Classification verdict = classifier.classify(EngagementEvidence.click(DELIVERED.plusSeconds(6),
                "148.163.140.7", "python-requests/2.31.0", 0).withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(verdict.reasons()).containsExactly("ua:python-http-library", "ip:proofpoint",
                "timing:click-within-60s-of-delivery");
        assertThat(verdict.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void callsABrowserAgentFromAGatewayNetworkAScannerEvenLate() {
        Classification verdict = classifier.classify(EngagementEvidence.click(HOURS_LATER, "52.101.4.4", CHROME, 0)
                .withDeliveredAt(DELIVERED));

        assertThat(verdict.engagementClass()).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(verdict.reasons()).containsExactly("ua:browser", "ip:microsoft-exchange-online");
    }

    @Test
    void givesTheSameVerdictForTheSameEvidence() {
        EngagementEvidence evidence = EngagementEvidence.click(DELIVERED.plusSeconds(3), "104.47.9.9", CHROME, 1)
                .withDeliveredAt(DELIVERED).withHttpMethod("HEAD");

        assertThat(classifier.classify(evidence)).isEqualTo(classifier.classify(evidence));
    }

    @Test
    void rejectsAConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new Classification(EngagementClass.BOT, 1.01, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(EngagementClass.BOT, Double.NaN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsClassCodesCaseInsensitively() {
        assertThat(EngagementClass.fromCode(" Security_Scanner ")).isEqualTo(EngagementClass.SECURITY_SCANNER);
        assertThat(EngagementClass.APPLE_MPP.code()).isEqualTo("apple_mpp");
        assertThatThrownBy(() -> EngagementClass.fromCode("robot")).isInstanceOf(IllegalArgumentException.class);
    }
}
