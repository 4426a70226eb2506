package com.penguinmails.streamjobs.classification;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies an open or click as human, Apple MPP prefetch, image proxy, security scanner, bot or unknown, with a
 * confidence and the reasons that fired.
 *
 * <p>Each rule that fires adds a piece of evidence: a class, a weight (the probability that the evidence alone is
 * right) and a reason code. Evidence for the same class combines as independent signals (noisy-OR: {@code 1 - Π(1 -
 * w)}). The rules, in order:
 * <ol>
 *   <li>{@code ip:sending-infrastructure} — the request comes from one of the tenant's own sending IPs: bot, 0.95.</li>
 *   <li>{@code ua:<name>} — every matching pattern of {@code user-agents.csv}, with its class and weight.</li>
 *   <li>{@code ip:<name>} — the most specific matching block of {@code ip-ranges.csv}, with its class and weight.
 *       Apple MPP and image-proxy networks only fetch images, so they count for opens, not clicks.</li>
 *   <li>{@code method:head} — a HEAD request: browsers and mail clients never send one to follow a link or load an
 *       image; link checkers do: security scanner, 0.8.</li>
 *   <li>{@code timing:click-within-Ns-of-delivery} — a click at most {@code scanWindow} (default 60 s) after delivery,
 *       before a person plausibly read the message: security scanner, 0.85. An open that early
 *       ({@code timing:open-within-Ns-of-delivery}) is weaker evidence, 0.75.</li>
 *   <li>{@code burst:N-links-within-Mms} — N (≥ 2) clicks on the message, this one included, within {@code burstWindow}
 *       (default 2 s) of it: gateways fetch every link back to back: security scanner, {@code 1 - 0.3^(N-1)}, halved
 *       when the burst comes more than {@code scanWindow} after delivery.</li>
 *   <li>{@code honeypot-link} — a click on a link no person can see: machine, 0.95, counted as security scanner if
 *       anything else points to a scanner, else bot.</li>
 * </ol>
 *
 * <p>The verdict: the machine class with the highest combined score wins if it reaches 0.5 and beats the human
 * evidence (mail-client and browser agents); its confidence is that score, lowered by half of the runner-up machine
 * class's score.
 * Otherwise, a request with neither an address nor an agent is {@link EngagementClass#UNKNOWN} (confidence 0,
 * {@code no-request-evidence}); one with only weak machine evidence and no human evidence is also unknown; anything
 * else is {@link EngagementClass#HUMAN}, with confidence {@code 0.6 + 0.4 × human evidence × (1 − machine evidence)}
 * and {@code no-machine-evidence} when nothing machine-like fired. {@code CLASSIFICATION.md} explains each rule.
 *
 * <p>Pure and thread-safe: time comes only from the evidence.
 */
public final class EngagementClassifier implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Default: a click this soon after delivery is taken for a gateway's scan. */
    public static final Duration DEFAULT_SCAN_WINDOW = Duration.ofSeconds(60);
    /** Default: clicks on one message this close together are taken for a gateway fetching every link. */
    public static final Duration DEFAULT_BURST_WINDOW = Duration.ofSeconds(2);

    static final double DECISION_THRESHOLD = 0.5;
    static final double SENDING_INFRASTRUCTURE_WEIGHT = 0.95;
    static final double HEAD_WEIGHT = 0.8;
    static final double EARLY_CLICK_WEIGHT = 0.85;
    static final double EARLY_OPEN_WEIGHT = 0.75;
    static final double BURST_MISS_PER_LINK = 0.3;
    static final double LATE_BURST_FACTOR = 0.5;
    static final double HONEYPOT_WEIGHT = 0.95;

    private final KnownNetworks knownNetworks;
    private final Duration scanWindow;
    private final Duration burstWindow;

    /**
     * A classifier using {@code knownNetworks} and the given windows.
     *
     * @throws IllegalArgumentException if a window is negative
     */
    public EngagementClassifier(KnownNetworks knownNetworks, Duration scanWindow, Duration burstWindow) {
        this.knownNetworks = Objects.requireNonNull(knownNetworks, "knownNetworks");
        if (scanWindow.isNegative() || burstWindow.isNegative()) {
            throw new IllegalArgumentException("windows must not be negative");
        }
        this.scanWindow = scanWindow;
        this.burstWindow = burstWindow;
    }

    /** A classifier with the bundled data files and the default windows. */
    public static EngagementClassifier withDefaults() {
        return new EngagementClassifier(KnownNetworks.loadDefault(), DEFAULT_SCAN_WINDOW, DEFAULT_BURST_WINDOW);
    }

    /** The class of the request described by {@code evidence}, with confidence and reasons. */
    public Classification classify(EngagementEvidence evidence) {
        Scores scores = new Scores();
        String ip = blankToNull(evidence.ip());
        String userAgent = blankToNull(evidence.userAgent());
        boolean click = evidence.type() == EngagementType.CLICK;

        if (ip != null && evidence.sendingIps().contains(ip)) {
            scores.add(EngagementClass.BOT, SENDING_INFRASTRUCTURE_WEIGHT, "ip:sending-infrastructure");
        }
        for (AgentPattern agent : knownNetworks.agents(userAgent)) {
            scores.add(agent.engagementClass(), agent.weight(), agent.reason());
        }
        KnownNetwork network = knownNetworks.network(ip);
        if (network != null && !(click && fetchesImagesOnly(network.engagementClass()))) {
            scores.add(network.engagementClass(), network.weight(), network.reason());
        }
        if (evidence.httpMethod() != null && evidence.httpMethod().trim().equalsIgnoreCase("HEAD")) {
            scores.add(EngagementClass.SECURITY_SCANNER, HEAD_WEIGHT, "method:head");
        }
        addTiming(evidence, click, scores);
        if (click) {
            addBurst(evidence, scores);
        }
        if (click && Boolean.TRUE.equals(evidence.honeypotLink())) {
            EngagementClass machine = scores.score(EngagementClass.SECURITY_SCANNER) > 0
                    ? EngagementClass.SECURITY_SCANNER : EngagementClass.BOT;
            scores.add(machine, HONEYPOT_WEIGHT, "honeypot-link");
        }
        return scores.verdict(ip == null && userAgent == null);
    }

    private void addTiming(EngagementEvidence evidence, boolean click, Scores scores) {
        Instant deliveredAt = evidence.deliveredAt();
        if (deliveredAt == null || evidence.occurredAt().isBefore(deliveredAt)) {
            return;
        }
        if (Duration.between(deliveredAt, evidence.occurredAt()).compareTo(scanWindow) <= 0) {
            String what = click ? "click" : "open";
            scores.add(EngagementClass.SECURITY_SCANNER, click ? EARLY_CLICK_WEIGHT : EARLY_OPEN_WEIGHT,
                    "timing:" + what + "-within-" + scanWindow.toSeconds() + "s-of-delivery");
        }
    }

    private void addBurst(EngagementEvidence evidence, Scores scores) {
        int links = 1;
        for (Instant earlier : evidence.earlierClicks()) {
            if (Duration.between(earlier, evidence.occurredAt()).abs().compareTo(burstWindow) <= 0) {
                links++;
            }
        }
        if (links >= 2) {
            // Gateways fetch every link right after delivery; a burst long after it is automation of any kind (a
            // script, a previewer, a gateway re-checking at click time), so it says less about which class.
            Instant deliveredAt = evidence.deliveredAt();
            boolean late = deliveredAt != null
                    && Duration.between(deliveredAt, evidence.occurredAt()).compareTo(scanWindow) > 0;
            double weight = (1.0 - Math.pow(BURST_MISS_PER_LINK, links - 1)) * (late ? LATE_BURST_FACTOR : 1.0);
            scores.add(EngagementClass.SECURITY_SCANNER, weight,
                    "burst:" + links + "-links-within-" + burstWindow.toMillis() + "ms");
        }
    }

    private static boolean fetchesImagesOnly(EngagementClass engagementClass) {
        return engagementClass == EngagementClass.APPLE_MPP || engagementClass == EngagementClass.IMAGE_PROXY;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Evidence collected for one request: a noisy-OR score per class and the reasons in the order they fired. */
    private static final class Scores {

        private final Map<EngagementClass, Double> missProbability = new EnumMap<>(EngagementClass.class);
        private final List<String> reasons = new ArrayList<>();

        void add(EngagementClass engagementClass, double weight, String reason) {
            missProbability.merge(engagementClass, 1.0 - weight, (a, b) -> a * b);
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
        }

        double score(EngagementClass engagementClass) {
            return 1.0 - missProbability.getOrDefault(engagementClass, 1.0);
        }

        Classification verdict(boolean noRequestEvidence) {
            EngagementClass best = null;
            double bestScore = 0.0;
            double secondScore = 0.0;
            for (EngagementClass candidate : EngagementClass.values()) {
                double score = score(candidate);
                if (candidate == EngagementClass.HUMAN || candidate == EngagementClass.UNKNOWN || score == 0.0) {
                    continue;
                }
                if (score > bestScore) {
                    secondScore = bestScore;
                    bestScore = score;
                    best = candidate;
                } else if (score > secondScore) {
                    secondScore = score;
                }
            }
            double human = score(EngagementClass.HUMAN);
            if (best != null && bestScore >= DECISION_THRESHOLD && bestScore > human) {
                // Agents of people are weak (anything can send them); only a competing machine class lowers confidence.
                double confidence = bestScore * (1.0 - 0.5 * secondScore);
                return new Classification(best, round(confidence), reasons);
            }
            if (noRequestEvidence && best == null) {
                reasons.add("no-request-evidence");
                return new Classification(EngagementClass.UNKNOWN, 0.0, reasons);
            }
            if (best != null && human == 0.0) {
                return new Classification(EngagementClass.UNKNOWN, 0.0, reasons);
            }
            if (best == null) {
                reasons.add("no-machine-evidence");
            }
            double confidence = 0.6 + 0.4 * human * (1.0 - bestScore);
            return new Classification(EngagementClass.HUMAN, round(confidence), reasons);
        }

        private static double round(double value) {
            return Math.round(value * 1000.0) / 1000.0;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EngagementClassifier[scanWindow=%s, burstWindow=%s, networks=%d, agents=%d]",
                scanWindow, burstWindow, knownNetworks.networkCount(), knownNetworks.agentPatternCount());
    }
}
