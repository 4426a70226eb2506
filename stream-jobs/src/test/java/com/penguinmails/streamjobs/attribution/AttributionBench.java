package com.penguinmails.streamjobs.attribution;

import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.enrichment.EngagementKeys;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.storage.JobManagerCheckpointStorage;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * Prints the attribution operator's throughput and checkpoint size per million contacts (not a test).
 *
 * <p>Drives {@link AttributionFunction} alone, on one thread, through a keyed operator harness with the heap state
 * backend: per contact, one Apple MPP open (no touch), two human opens, a human click, a reply, a deal conversion and,
 * for every tenth contact, a late click before the conversion (a recomputation). Then takes a full checkpoint and
 * reports its size (the bytes of the keyed state handle: touches and conversions of every contact, all still inside
 * the allowed lateness, the worst case) divided by the contacts, times one million. No Kafka, no ClickHouse, no
 * network shuffle. Arguments: contacts per run (default 100,000), runs (default 3).
 */
public final class AttributionBench {

    private static final int BLOCK = 5_000;

    private AttributionBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        double[] bytesPerMillion = new double[runs];
        for (int run = 0; run < runs; run++) {
            KeyedOneInputStreamOperatorTestHarness<Tuple2<String, String>, Event, AttributionCredit> harness =
                    new KeyedOneInputStreamOperatorTestHarness<>(
                            new KeyedProcessOperator<>(new AttributionFunction(AttributionSettings.defaults())),
                            EngagementKeys.byContact(), EngagementKeys.TYPE);
            harness.setCheckpointStorage(new JobManagerCheckpointStorage(Integer.MAX_VALUE));
            harness.open();
            long events = 0;
            long wallNanos = 0;
            long cpuNanos = 0;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int block = 0; block < contacts; block += BLOCK) {
                // Building Avro events is slower than attributing them: build a block first, time only the operator.
                List<StreamRecord<Event>> records = new ArrayList<>();
                for (int c = block; c < Math.min(contacts, block + BLOCK); c++) {
                    contactEvents(c).forEach(event -> records.add(new StreamRecord<>(event)));
                }
                long wallStart = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (StreamRecord<Event> record : records) {
                    harness.processElement(record);
                }
                cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
                wallNanos += System.nanoTime() - wallStart;
                events += records.size();
                harness.getOutput().clear();
                harness.getSideOutput(AttributionFunction.JOURNEYS).clear();
            }
            double seconds = wallNanos / 1e9;
            OperatorSubtaskState snapshot = harness.snapshot(1L, 1L);
            long stateBytes = snapshot.getStateSize();
            harness.close();
            rates[run] = events / seconds;
            cpuRates[run] = events / (cpuNanos / 1e9);
            bytesPerMillion[run] = stateBytes * (1_000_000.0 / contacts);
            System.out.printf("run %d: %,d contacts, %,d events in %.2f s = %,.0f events/s (%,.0f per CPU second);"
                    + " checkpoint %,d bytes = %,.0f MB per million contacts%n", run + 1, contacts, events, seconds,
                    rates[run], cpuRates[run], stateBytes, bytesPerMillion[run] / 1e6);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        Arrays.sort(bytesPerMillion);
        System.out.printf("median: %,.0f events/s (%,.0f per CPU second); %,.0f MB of checkpoint per million"
                + " contacts%n", rates[runs / 2], cpuRates[runs / 2], bytesPerMillion[runs / 2] / 1e6);
    }

    private static List<Event> contactEvents(int index) {
        ContactEvents contact = new ContactEvents("ct-" + index);
        String campaign = "c-" + index % 50;
        List<Event> events = new ArrayList<>(7);
        events.add(contact.open(Duration.ofDays(6).plusMinutes(1), campaign, EngagementClass.apple_mpp));
        events.add(contact.open(Duration.ofDays(6), campaign, EngagementClass.human));
        events.add(contact.open(Duration.ofDays(3), campaign, EngagementClass.image_proxy));
        events.add(contact.click(Duration.ofDays(3).minusMinutes(2), campaign, EngagementClass.human));
        events.add(contact.reply(Duration.ofDays(1), campaign, false));
        events.add(contact.conversion("conv-" + index, Duration.ZERO, "2500.00", index % 2 == 0 ? "USD" : "EUR"));
        if (index % 10 == 0) {
            events.add(contact.click(Duration.ofDays(2), campaign, EngagementClass.human));
        }
        return events;
    }
}
