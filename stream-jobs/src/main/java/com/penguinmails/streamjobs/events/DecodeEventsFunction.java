package com.penguinmails.streamjobs.events;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.EventDecodingException;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.kafka.DeadLetter;
import com.penguinmails.streamjobs.kafka.KafkaRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes raw {@code events.raw} records into {@link Event}s; a record that is not a readable event, or an event the
 * {@code events} table cannot hold faithfully ({@link EventsRow#of}), goes to {@link #DEAD_LETTERS} instead of
 * failing the job.
 *
 * <p>Dead-letter reasons are {@link EventDecodingException.Reason} names, or {@code UNREPRESENTABLE}. Metric:
 * {@code eventsDeadLettered}.
 */
public final class DecodeEventsFunction extends ProcessFunction<KafkaRecord, Event> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DecodeEventsFunction.class);

    /** Records that could not become events, with the reason. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

    /** Dead-letter reason of a decoded event that the table cannot hold. */
    public static final String UNREPRESENTABLE = "UNREPRESENTABLE";

    private transient Counter deadLettered;

    @Override
    public void open(OpenContext openContext) {
        deadLettered = getRuntimeContext().getMetricGroup().counter("eventsDeadLettered");
    }

    @Override
    public void processElement(KafkaRecord record, Context context, Collector<Event> out) {
        Event event;
        try {
            event = EventCodec.decode(record.value());
        } catch (EventDecodingException e) {
            deadLetter(context, new DeadLetter(record, e.reason().name(), e.getMessage()));
            return;
        }
        try {
            EventsRow.of(event);
        } catch (IllegalArgumentException e) {
            deadLetter(context, new DeadLetter(record, UNREPRESENTABLE,
                    "Event " + event.getEventId() + ": " + e.getMessage()));
            return;
        }
        out.collect(event);
    }

    private void deadLetter(Context context, DeadLetter letter) {
        deadLettered.inc();
        LOG.debug("Dead letter {} {}: {}", letter.record().position(), letter.reason(), letter.detail());
        context.output(DEAD_LETTERS, letter);
    }
}
