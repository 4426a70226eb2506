package com.penguinmails.ingestion.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the parser against the labelled corpus: agreement on the enhanced status code and on the bounce type per
 * expected recipient, kind per message, and complaint recognition. Prints the misses per source.
 */
class BounceCorpusTest {

    private static final InboundMailParser PARSER = new InboundMailParser();
    private static List<BounceCorpus.Sample> corpus;

    @BeforeAll
    static void load() {
        corpus = BounceCorpus.load();
    }

    @Test
    void corpusIsLargeAndVaried() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
        assertThat(corpus.stream().map(BounceCorpus.Sample::source).distinct().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void agreesWithTheLabelsOnCodeTypeAndKind() throws Exception {
        int recipients = 0;
        int codeAgree = 0;
        int typeAgree = 0;
        int kindAgree = 0;
        Map<String, List<String>> misses = new TreeMap<>();
        for (BounceCorpus.Sample sample : corpus) {
            MailAnalysis analysis = PARSER.analyze(sample.raw());
            String expectedKind = sample.expected().get("kind").asText();
            if (analysis.kind().name().equals(expectedKind)) {
                kindAgree++;
            } else {
                miss(misses, sample, "kind " + analysis.kind() + " expected " + expectedKind);
            }
            for (JsonNode expected : sample.expected().get("recipients")) {
                recipients++;
                String address = expected.get("recipient").asText();
                RecipientOutcome actual = analysis.recipients().stream()
                        .filter(o -> o.recipient().equals(address)).findFirst().orElse(null);
                if (actual == null) {
                    miss(misses, sample, address + " not found; got " + analysis.recipients());
                    continue;
                }
                String code = expected.get("enhanced_status_code").asText();
                if (code.equals(actual.enhancedStatusCode())) {
                    codeAgree++;
                } else {
                    miss(misses, sample, address + " code " + actual.enhancedStatusCode() + " expected " + code);
                }
                String type = expected.get("bounce_type").asText();
                if (type.equals(actual.bounceType().name())) {
                    typeAgree++;
                } else {
                    miss(misses, sample, address + " type " + actual.bounceType() + "/" + actual.reason().code()
                            + " expected " + type + "/" + expected.get("reason").asText()
                            + " (diagnostic: " + actual.diagnostic() + ")");
                }
            }
        }
        double codeRate = 100.0 * codeAgree / recipients;
        double typeRate = 100.0 * typeAgree / recipients;
        double kindRate = 100.0 * kindAgree / corpus.size();
        System.out.printf("bounce corpus: %d messages, %d recipients; enhanced code %.1f%%, bounce type %.1f%%,"
                + " kind %.1f%%%n", corpus.size(), recipients, codeRate, typeRate, kindRate);
        misses.forEach((source, list) -> list.forEach(m -> System.out.println("  miss " + source + ": " + m)));
        assertThat(codeRate).as("enhanced status code agreement").isGreaterThanOrEqualTo(95.0);
        assertThat(typeRate).as("bounce type agreement").isGreaterThanOrEqualTo(95.0);
        assertThat(kindRate).as("kind agreement").isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void recognisesEveryComplaint() throws Exception {
        List<String> missed = new ArrayList<>();
        int complaints = 0;
        for (BounceCorpus.Sample sample : corpus) {
            if (!"COMPLAINT".equals(sample.expected().get("kind").asText())) {
                continue;
            }
            complaints++;
            MailAnalysis analysis = PARSER.analyze(sample.raw());
            if (analysis.kind() != MailKind.COMPLAINT || analysis.complaint() == null
                    || !sample.expected().get("feedback_type").asText().equals(analysis.complaint().feedbackType())) {
                missed.add(sample + " -> " + analysis.kind() + " " + analysis.complaint());
            }
        }
        assertThat(complaints).isGreaterThanOrEqualTo(10);
        assertThat(missed).isEmpty();
    }

    private static void miss(Map<String, List<String>> misses, BounceCorpus.Sample sample, String what) {
        misses.computeIfAbsent(sample.source(), k -> new ArrayList<>()).add(sample.name() + ": " + what);
    }
}
