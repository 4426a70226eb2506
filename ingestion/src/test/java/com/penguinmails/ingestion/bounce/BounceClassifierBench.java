package com.penguinmails.ingestion.bounce;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Throughput of {@link InboundMailParser} over the corpus: messages per second on one thread, several timed runs after
 * a warm-up, median reported. Run from the ingestion module with
 * {@code java -cp target/classes:target/test-classes:<deps> com.penguinmails.ingestion.bounce.BounceClassifierBench}.
 */
public final class BounceClassifierBench {

    private BounceClassifierBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<BounceCorpus.Sample> corpus = BounceCorpus.load();
        InboundMailParser parser = new InboundMailParser();
        long sink = 0;
        for (int i = 0; i < passes; i++) {
            sink += analyseAll(parser, corpus);
        }
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < passes; i++) {
                sink += analyseAll(parser, corpus);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = corpus.size() * passes / seconds;
            rates.add(rate);
            System.out.printf("run %d: %.0f messages/s%n", run + 1, rate);
        }
        Collections.sort(rates);
        System.out.printf("median: %.0f messages/s over %d messages x %d passes, %d runs (checksum %d)%n",
                rates.get(rates.size() / 2), corpus.size(), passes, runs, sink);
    }

    private static long analyseAll(InboundMailParser parser, List<BounceCorpus.Sample> corpus) throws Exception {
        long recipients = 0;
        for (BounceCorpus.Sample sample : corpus) {
            recipients += parser.analyze(sample.raw()).recipients().size();
        }
        return recipients;
    }
}
