package com.penguinmails.streamjobs.attribution;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Attributes each contact's conversions to its touches, keyed by (tenant_id, contact_id), and emits every model's
 * credits (main output) and the journey (side output {@link #JOURNEYS}) each time a conversion's attribution changes.
 *
 * <p>State per contact: its touches (map by event id) and its recent conversions (map by conversion id, with the
 * version of their last credits). A conversion is attributed on arrival from the touches then known (version 1). A
 * touch that arrives later but belongs before an already attributed conversion (within its lookback) re-computes it
 * and emits all of its rows again with the next version; the tables keep the newest version. Touches after a
 * conversion never count.
 *
 * <p>Clock: the contact's own event times. On each event at time t, touches older than t - (lookback + allowed
 * lateness) and conversions older than t - allowed lateness are dropped: a touch later than that no longer changes
 * an emitted conversion. Every entry also expires {@code stateTtl} after it was written (processing time), so idle
 * contacts leave no state. A conversion without contact_id is emitted unattributed and keeps no state.
 */
public final class AttributionFunction
        extends KeyedProcessFunction<Tuple2<String, String>, Event, AttributionCredit> {

    private static final long serialVersionUID = 1L;

    /** The journeys, one per emitted version of a conversion's credits. */
    public static final OutputTag<AttributedJourney> JOURNEYS =
            new OutputTag<>("attribution-journeys", TypeInformation.of(AttributedJourney.class));

    private final AttributionSettings settings;
    private final TouchSelector touchSelector;
    private transient AttributionCalculator calculator;
    private transient MapState<String, Touch> touches;
    private transient MapState<String, ConversionState> conversions;

    /** @param settings lookbacks, half-life, touch kinds, lateness and state TTL */
    public AttributionFunction(AttributionSettings settings) {
        this.settings = settings;
        this.touchSelector = new TouchSelector(settings.touchKinds());
    }

    /** The touches of a contact, by event id. */
    static MapStateDescriptor<String, Touch> touchesDescriptor(Duration ttl) {
        MapStateDescriptor<String, Touch> descriptor =
                new MapStateDescriptor<>("attribution-touches", Types.STRING, TypeInformation.of(Touch.class));
        descriptor.enableTimeToLive(ttl(ttl));
        return descriptor;
    }

    /** The recent conversions of a contact, by conversion id. */
    static MapStateDescriptor<String, ConversionState> conversionsDescriptor(Duration ttl) {
        MapStateDescriptor<String, ConversionState> descriptor = new MapStateDescriptor<>("attribution-conversions",
                Types.STRING, TypeInformation.of(ConversionState.class));
        descriptor.enableTimeToLive(ttl(ttl));
        return descriptor;
    }

    private static StateTtlConfig ttl(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build();
    }

    @Override
    public void open(OpenContext openContext) {
        GeneratedEventClasses.trust();
        calculator = new AttributionCalculator(settings.halfLife());
        touches = getRuntimeContext().getMapState(touchesDescriptor(settings.stateTtl()));
        conversions = getRuntimeContext().getMapState(conversionsDescriptor(settings.stateTtl()));
    }

    @Override
    public void processElement(Event event, Context context, Collector<AttributionCredit> out) throws Exception {
        if (event.getType() == EventType.conversion) {
            onConversion(event, context, out);
            return;
        }
        if (!hasContact(event)) {
            return;
        }
        Optional<Touch> touch = touchSelector.touchOf(event);
        if (touch.isPresent()) {
            onTouch(event, touch.get(), context, out);
        }
    }

    private void onConversion(Event event, Context context, Collector<AttributionCredit> out) throws Exception {
        ConversionDetails details = event.getConversion();
        Conversion conversion = new Conversion(event.getEventId(), event.getOccurredAt().toEpochMilli(),
                details == null ? "" : details.getConversionType(), details == null ? null : details.getValue(),
                details == null ? null : details.getCurrency());
        Duration lookback = settings.lookbackFor(event.getTenantId());
        if (!hasContact(event)) {
            emit(event.getTenantId(), "", calculator.attribute(conversion, List.of(), lookback), 1, false, context,
                    out);
            return;
        }
        if (conversions.contains(conversion.conversionId())) {
            return;
        }
        Journey journey = calculator.attribute(conversion, touchList(), lookback);
        conversions.put(conversion.conversionId(), ConversionState.of(journey, 1));
        emit(event.getTenantId(), event.getContactId(), journey, 1, false, context, out);
        prune(conversion.occurredAtMillis(), lookback);
    }

    private void onTouch(Event event, Touch touch, Context context, Collector<AttributionCredit> out)
            throws Exception {
        if (touches.contains(touch.eventId())) {
            return;
        }
        touches.put(touch.eventId(), touch);
        Duration lookback = settings.lookbackFor(event.getTenantId());
        List<ConversionState> affected = new ArrayList<>();
        for (ConversionState previous : conversions.values()) {
            long before = previous.occurredAtMillis() - touch.occurredAtMillis();
            if (before >= 0 && before <= lookback.toMillis()) {
                affected.add(previous);
            }
        }
        if (!affected.isEmpty()) {
            List<Touch> all = touchList();
            // Conversion id order: the same rows in the same order on every replay.
            affected.sort(Comparator.comparing(ConversionState::conversionId));
            for (ConversionState previous : affected) {
                Journey journey = calculator.attribute(previous.conversion(), all, lookback);
                long version = previous.version() + 1;
                conversions.put(previous.conversionId(), ConversionState.of(journey, version));
                emit(event.getTenantId(), event.getContactId(), journey, version, previous.touchCount() == 0,
                        context, out);
            }
        }
        prune(touch.occurredAtMillis(), lookback);
    }

    private List<Touch> touchList() throws Exception {
        List<Touch> list = new ArrayList<>();
        for (Touch touch : touches.values()) {
            list.add(touch);
        }
        return list;
    }

    /** Drops what no event at or after {@code nowMillis} minus the allowed lateness can change any more. */
    private void prune(long nowMillis, Duration lookback) throws Exception {
        long lateness = settings.allowedLateness().toMillis();
        long oldestTouch = nowMillis - lookback.toMillis() - lateness;
        for (Iterator<Touch> it = touches.values().iterator(); it.hasNext(); ) {
            if (it.next().occurredAtMillis() < oldestTouch) {
                it.remove();
            }
        }
        long oldestConversion = nowMillis - lateness;
        for (Iterator<ConversionState> it = conversions.values().iterator(); it.hasNext(); ) {
            if (it.next().occurredAtMillis() < oldestConversion) {
                it.remove();
            }
        }
    }

    private static boolean hasContact(Event event) {
        return event.getContactId() != null && !event.getContactId().isEmpty();
    }

    private static void emit(String tenantId, String contactId, Journey journey, long version,
            boolean wasUnattributed, Context context, Collector<AttributionCredit> out) {
        Conversion conversion = journey.conversion();
        for (AttributionModel model : AttributionModel.values()) {
            if (journey.attributed()) {
                if (wasUnattributed) {
                    out.collect(unattributed(tenantId, conversion, model, 0, version));
                }
                for (int i = 0; i < journey.touches().size(); i++) {
                    Touch touch = journey.touches().get(i);
                    out.collect(new AttributionCredit(tenantId, conversion.conversionId(),
                            conversion.occurredAtMillis(), conversion.conversionType(), conversion.currency(),
                            model.wireName(), touch.campaignId(), touch.variant(), touch.sequenceStep(),
                            touch.eventId(), touch.kind().wireName(), true, journey.credit(model, i),
                            journey.revenue(model, i), version));
                }
            } else {
                out.collect(unattributed(tenantId, conversion, model, 1, version));
            }
        }
        context.output(JOURNEYS, new AttributedJourney(tenantId, conversion.conversionId(), contactId,
                conversion.occurredAtMillis(), conversion.conversionType(), conversion.value(),
                conversion.currency(), journey.touches().size(), JourneyJson.touches(journey), version));
    }

    private static AttributionCredit unattributed(String tenantId, Conversion conversion, AttributionModel model,
            double credit, long version) {
        return new AttributionCredit(tenantId, conversion.conversionId(), conversion.occurredAtMillis(),
                conversion.conversionType(), conversion.currency(), model.wireName(), "", "", 0, "", "", false,
                credit, credit * conversion.valueOrZero(), version);
    }
}
