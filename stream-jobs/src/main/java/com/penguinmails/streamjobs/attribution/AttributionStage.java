package com.penguinmails.streamjobs.attribution;

import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.enrichment.EngagementKeys;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The attribution stage of the events job: from the enriched events, keyed by (tenant, contact), every model's
 * credits per conversion and touch into ClickHouse {@code attribution_credits}, and each conversion's journey into
 * {@code attribution_journeys}, both through exactly-once ClickHouse sinks.
 *
 * <pre>
 * enriched events -> keyBy (tenant_id, contact_id) -> attribute -+-> attribution_credits (ClickHouse)
 *                                                                 \-> attribution_journeys (ClickHouse)
 * </pre>
 *
 * <p>Call {@link #attach} once while building the job; the operator uids below are part of the checkpoint format.
 */
public final class AttributionStage {

    static final String ATTRIBUTE_UID = "attribute-conversions";
    static final String CREDITS_SINK_UID = "attribution-credits-clickhouse-sink";
    static final String JOURNEYS_SINK_UID = "attribution-journeys-clickhouse-sink";

    private final Sink<AttributionCredit> creditsSink;
    private final Sink<AttributedJourney> journeysSink;
    private final AttributionSettings settings;

    /**
     * @param creditsSink where credit rows go
     * @param journeysSink where journeys go
     * @param settings lookbacks, half-life, touch kinds, lateness, state TTL
     */
    public AttributionStage(Sink<AttributionCredit> creditsSink, Sink<AttributedJourney> journeysSink,
            AttributionSettings settings) {
        this.creditsSink = Objects.requireNonNull(creditsSink, "creditsSink");
        this.journeysSink = Objects.requireNonNull(journeysSink, "journeysSink");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The stage with the sinks and settings of a configuration ({@code attribution} section). */
    public static AttributionStage fromConfig(StreamJobsConfiguration config) {
        AttributionFactory stage = config.getAttribution();
        return new AttributionStage(
                stage.buildCreditsSink(config.getClickHouseSink(), config.getClickHouse()),
                stage.buildJourneysSink(config.getClickHouseSink(), config.getClickHouse()),
                stage.settings());
    }

    /**
     * Adds the stage to the job of {@code enrichedEvents}: every event exactly once, with its enrichment set.
     *
     * @return the credit rows (before the sink), e.g. for tests
     */
    public DataStream<AttributionCredit> attach(DataStream<Event> enrichedEvents) {
        SingleOutputStreamOperator<AttributionCredit> credits = enrichedEvents
                .keyBy(EngagementKeys.byContact(), EngagementKeys.TYPE)
                .process(new AttributionFunction(settings), TypeInformation.of(AttributionCredit.class))
                .uid(ATTRIBUTE_UID)
                .name("Attribute conversions");
        credits.sinkTo(creditsSink).uid(CREDITS_SINK_UID).name("ClickHouse attribution_credits");
        credits.getSideOutput(AttributionFunction.JOURNEYS)
                .sinkTo(journeysSink)
                .uid(JOURNEYS_SINK_UID)
                .name("ClickHouse attribution_journeys");
        return credits;
    }
}
