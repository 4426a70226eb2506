package com.penguinmails.ingestion.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of the corpus (truncation, byte flips, dropped boundaries, binary inserts, huge headers, deep
 * nesting, long runs that would make a careless regular expression go quadratic): the parser must return an analysis
 * or throw {@link UnparseableMailException}, nothing else, and must not hang (a guard of a few seconds per message; this
 * is not a speed assertion). The seed is printed so a failure can be replayed.
 */
class InboundMailParserFuzzTest {

    private static final long SEED = Long.getLong("bounce.fuzz.seed", 20261125L);
    private static final int MUTATIONS_PER_MESSAGE = 8;
    private static final long HANG_GUARD_SECONDS = 10;

    private static final InboundMailParser PARSER = new InboundMailParser();
    private static ExecutorService executor;
    private static List<BounceCorpus.Sample> corpus;

    @BeforeAll
    static void setUp() {
        executor = Executors.newSingleThreadExecutor();
        corpus = BounceCorpus.load();
    }

    @AfterAll
    static void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void mutatedCorpusMessagesAreAnalysedOrRejectedCleanly() throws Exception {
        Random random = new Random(SEED);
        int analysed = 0;
        int rejected = 0;
        for (BounceCorpus.Sample sample : corpus) {
            for (int i = 0; i < MUTATIONS_PER_MESSAGE; i++) {
                int kind = random.nextInt(9);
                byte[] mutated = mutate(sample.raw(), kind, random);
                if (analyse(sample + " mutation " + kind + " #" + i + " seed " + SEED, mutated)) {
                    analysed++;
                } else {
                    rejected++;
                }
            }
        }
        System.out.printf("fuzz (seed %d): %d analysed, %d rejected%n", SEED, analysed, rejected);
        assertThat(analysed + rejected).isEqualTo(corpus.size() * MUTATIONS_PER_MESSAGE);
        assertThat(analysed).as("most mutations still parse").isGreaterThan(rejected);
    }

    @Test
    void hostileShapesAreAnalysedOrRejectedCleanly() throws Exception {
        String deep = nested(2_000);
        String longWord = "Subject: x\r\nFrom: a@b.example\r\n\r\n" + "a".repeat(3_000_000);
        String manyAts = "Subject: x\r\nFrom: a@b.example\r\n\r\n" + "@".repeat(1_000_000);
        String manyDots = "Subject: Undeliverable\r\nFrom: postmaster@b.example\r\n\r\n" + "5.5.5.".repeat(300_000);
        String hugeHeader = "Subject: " + "y".repeat(400_000) + "\r\nFrom: a@b.example\r\n\r\nbody";
        String manyParts = manyParts(5_000);
        String noBoundary = "From: a@b.example\r\nContent-Type: multipart/report; report-type=delivery-status\r\n\r\n"
                + "--x\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n";
        for (String message : List.of(deep, longWord, manyAts, manyDots, hugeHeader, manyParts, noBoundary)) {
            analyse("hostile " + message.substring(0, Math.min(40, message.length())),
                    message.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(analyse("over the size limit", new byte[InboundMailParser.DEFAULT_MAX_MESSAGE_BYTES + 1]))
                .isFalse();
    }

    /** True when analysed, false when rejected with UnparseableMailException; fails on anything else. */
    private static boolean analyse(String label, byte[] message) throws InterruptedException {
        Future<MailAnalysis> future = executor.submit(() -> PARSER.analyze(message));
        try {
            MailAnalysis analysis = future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            assertThat(analysis.kind()).as(label).isNotNull();
            assertThat(analysis.correlation()).as(label).isNotNull();
            assertThat(analysis.complaint() != null).as(label).isEqualTo(analysis.kind() == MailKind.COMPLAINT);
            analysis.recipients().forEach(r -> {
                assertThat(r.recipient()).as(label).isNotNull();
                assertThat(r.action()).as(label).isNotNull();
                assertThat(r.bounceType()).as(label).isNotNull();
                assertThat(r.reason()).as(label).isNotNull();
            });
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnparseableMailException rejected) {
                assertThat(rejected.getMessage()).as(label).isNotBlank();
                return false;
            }
            throw new AssertionError(label + ": unexpected " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail(label + ": no answer within " + HANG_GUARD_SECONDS + " s");
        }
    }

    private static byte[] mutate(byte[] raw, int kind, Random random) {
        byte[] copy = raw.clone();
        switch (kind) {
            case 0 -> {
                return java.util.Arrays.copyOf(copy, random.nextInt(copy.length + 1));
            }
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 2 -> {
                return new String(copy, StandardCharsets.ISO_8859_1).replaceAll("\r?\n--[^\r\n]*", "\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            case 3 -> {
                byte[] junk = new byte[1 + random.nextInt(4096)];
                random.nextBytes(junk);
                return splice(copy, random.nextInt(copy.length), junk);
            }
            case 4 -> {
                String header = "X-Huge: " + "z".repeat(random.nextInt(300_000)) + "\r\n";
                return splice(copy, 0, header.getBytes(StandardCharsets.US_ASCII));
            }
            case 5 -> {
                String text = new String(copy, StandardCharsets.ISO_8859_1);
                return text.replaceFirst("boundary=\"?([^\"\\s;]+)\"?", "boundary=\"\"")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            case 6 -> {
                int at = random.nextInt(copy.length);
                byte[] lines = "\r\n\r\n--\r\n\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n"
                        .getBytes(StandardCharsets.US_ASCII);
                return splice(copy, at, lines);
            }
            case 7 -> {
                String text = new String(copy, StandardCharsets.ISO_8859_1);
                return text.replace("\n", "\n ").getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> {
                byte[] run = ("550 5." + "1.".repeat(50_000) + "<" + "a".repeat(100_000) + "@")
                        .getBytes(StandardCharsets.US_ASCII);
                return splice(copy, copy.length / 2, run);
            }
        }
    }

    private static byte[] splice(byte[] raw, int at, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + insert.length);
        out.write(raw, 0, at);
        out.write(insert, 0, insert.length);
        out.write(raw, at, raw.length - at);
        return out.toByteArray();
    }

    private static String nested(int depth) {
        StringBuilder message = new StringBuilder("From: a@b.example\r\nSubject: deep\r\n");
        for (int i = 0; i < depth; i++) {
            message.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i)
                    .append("\r\n");
        }
        message.append("Content-Type: text/plain\r\n\r\nbottom\r\n");
        return message.toString();
    }

    private static String manyParts(int count) {
        StringBuilder message = new StringBuilder(
                "From: a@b.example\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=p\r\n\r\n");
        for (int i = 0; i < count; i++) {
            message.append("--p\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; u")
                    .append(i).append("@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n");
        }
        return message.append("--p--\r\n").toString();
    }
}
