package com.penguinmails.streamjobs.enrichment;

import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.SendDetails;
import com.penguinmails.streamjobs.classification.Classification;
import com.penguinmails.streamjobs.classification.EngagementClassifier;
import com.penguinmails.streamjobs.classification.EngagementEvidence;
import com.penguinmails.streamjobs.classification.EngagementType;
import com.penguinmails.streamjobs.classification.KnownNetworks;
import com.penguinmails.streamjobs.provider.MailboxProviders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Sets {@link Event#getEnrichment() enrichment} on every event of a message, keyed by (tenant_id, message_id): the
 * engagement class, confidence and reasons of opens and clicks, the recipient's mailbox provider and local time zone,
 * whether the event is the message's first human open or click, and whether it is the message's first of its type.
 *
 * <p>Per message it keeps {@link MessageFacts} in state: the send's recipient time zone, sending IP, recipient domain
 * and mailbox; the delivery's time and remote MX; the latest click times; whether a human open and a human click
 * were already counted; and which event types were already seen. The state expires {@code messageStateTtl} after the
 * message's last state change (processing time), so an open weeks after the send still finds its delivery.
 *
 * <p>Order does not matter for correctness of the inputs the classifier gets: an open that arrives before its
 * delivery is classified with what is known then (no delivery time, so no timing evidence). "First" means first
 * processed: a human open that arrives before an earlier one is the one counted, so unique counts stay exact while the
 * flag may sit on another of the message's human opens. The same holds for {@code first_of_type}.
 *
 * <ul>
 *   <li>{@code engagement_class}, {@code confidence}, {@code reasons}: opens and clicks only, from
 *       {@link EngagementClassifier} with the delivery time, the message's earlier clicks, the link's honeypot flag
 *       and the sending IPs (the message's own plus the tenant's configured ones).</li>
 *   <li>{@code mailbox_provider}: from the event's own remote MX (delivered, deferred, bounce), else the message's,
 *       else the recipient domain; null when none is known.</li>
 *   <li>{@code local_timezone}: the send's recipient_timezone, else the tenant's zone, else the default zone.</li>
 *   <li>{@code first_of_message}: the first human open (human or image_proxy) or first human click of the message.</li>
 *   <li>{@code first_of_contact}: false here; {@link FirstOfContactFunction} sets it.</li>
 *   <li>{@code first_of_type}: the first event of its type (send, delivered, deferred, bounce, open, click, reply,
 *       unsubscribe, complaint) of the message, whatever its engagement class: a bot's open makes a later human open
 *       not the first of its type. False for conversions and unknown types.</li>
 * </ul>
 *
 * <p>Events without message_id (conversions) keep no state, get the provider and time zone from their own fields and
 * none of the first-of flags. Events are changed in place: the operator runs after a network shuffle, so it owns its
 * input records. Metrics: {@code engagementsClassified}, {@code humanEngagements}.
 */
public final class EnrichMessageEventsFunction
        extends KeyedProcessFunction<Tuple2<String, String>, Event, Event> {

    private static final long serialVersionUID = 1L;

    private final EnrichmentSettings settings;
    private final EngagementClassifier classifier;
    private final MailboxProviders providers;

    private transient ValueState<MessageFacts> facts;
    private transient Counter classified;
    private transient Counter human;

    /** With the bundled network, agent and provider data files and the settings' windows. */
    public EnrichMessageEventsFunction(EnrichmentSettings settings) {
        this(settings, new EngagementClassifier(KnownNetworks.loadDefault(), settings.scanWindow(),
                settings.burstWindow()), MailboxProviders.loadDefault());
    }

    /** With a given classifier and provider tables (tests, or other data files). */
    public EnrichMessageEventsFunction(EnrichmentSettings settings, EngagementClassifier classifier,
            MailboxProviders providers) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.providers = Objects.requireNonNull(providers, "providers");
    }

    /** The message state: {@link MessageFacts} expiring {@code ttl} after the last write, never read stale. */
    static ValueStateDescriptor<MessageFacts> factsDescriptor(Duration ttl) {
        ValueStateDescriptor<MessageFacts> descriptor =
                new ValueStateDescriptor<>("message-facts", Types.POJO(MessageFacts.class));
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        return descriptor;
    }

    @Override
    public void open(OpenContext openContext) {
        GeneratedEventClasses.trust();
        facts = getRuntimeContext().getState(factsDescriptor(settings.messageStateTtl()));
        classified = getRuntimeContext().getMetricGroup().counter("engagementsClassified");
        human = getRuntimeContext().getMetricGroup().counter("humanEngagements");
    }

    @Override
    public void processElement(Event event, Context context, Collector<Event> out) throws Exception {
        if (!EngagementKeys.hasId(event.getMessageId())) {
            event.setEnrichment(new Enrichment(null, null, List.of(),
                    providers.provider(ownRemoteMx(event), event.getRecipientDomain()),
                    timezone(event, null), false, false, false));
            out.collect(event);
            return;
        }
        MessageFacts known = facts.value();
        boolean changed = known == null;
        if (known == null) {
            known = new MessageFacts();
        }
        changed |= learn(known, event);
        boolean firstOfType = known.markSeen(event.getType());
        changed |= firstOfType;

        EngagementClass engagementClass = null;
        Float confidence = null;
        List<String> reasons = List.of();
        boolean firstOfMessage = false;
        EventType type = event.getType();
        if (type == EventType.open || type == EventType.click) {
            Classification verdict = classifier.classify(evidence(event, known));
            engagementClass = EngagementClass.valueOf(verdict.engagementClass().code());
            confidence = (float) verdict.confidence();
            reasons = verdict.reasons();
            classified.inc();
            if (UniqueEngagement.isHuman(type, engagementClass)) {
                human.inc();
                if (type == EventType.open && !known.humanOpenSeen) {
                    known.humanOpenSeen = true;
                    firstOfMessage = true;
                } else if (type == EventType.click && !known.humanClickSeen) {
                    known.humanClickSeen = true;
                    firstOfMessage = true;
                }
                changed |= firstOfMessage;
            }
            if (type == EventType.click) {
                known.addClick(event.getOccurredAt().toEpochMilli());
                changed = true;
            }
        }
        String remoteMx = ownRemoteMx(event);
        String recipientDomain = event.getRecipientDomain() != null ? event.getRecipientDomain()
                : known.recipientDomain;
        event.setEnrichment(new Enrichment(engagementClass, confidence, reasons,
                providers.provider(remoteMx != null ? remoteMx : known.remoteMx, recipientDomain),
                timezone(event, known), firstOfMessage, false, firstOfType));
        if (changed) {
            facts.update(known);
        }
        out.collect(event);
    }

    /** Takes what the event says about its message into {@code known}; true if anything changed. */
    private static boolean learn(MessageFacts known, Event event) {
        boolean changed = false;
        SendDetails send = event.getSend();
        if (send != null && send.getRecipientTimezone() != null
                && !send.getRecipientTimezone().equals(known.recipientTimezone)) {
            known.recipientTimezone = send.getRecipientTimezone();
            changed = true;
        }
        if (known.sendingIp == null && event.getSendingIp() != null) {
            known.sendingIp = event.getSendingIp();
            changed = true;
        }
        if (known.recipientDomain == null && event.getRecipientDomain() != null) {
            known.recipientDomain = event.getRecipientDomain();
            changed = true;
        }
        if (known.mailbox == null && event.getMailbox() != null) {
            known.mailbox = event.getMailbox();
            changed = true;
        }
        if (event.getType() == EventType.delivered) {
            long at = event.getOccurredAt().toEpochMilli();
            if (known.deliveredAt == null || at < known.deliveredAt) {
                known.deliveredAt = at;
                changed = true;
            }
        }
        String remoteMx = ownRemoteMx(event);
        // A delivery names the MX that holds the mailbox; a deferral or bounce only one that was tried.
        if (remoteMx != null && (known.remoteMx == null || event.getType() == EventType.delivered)
                && !remoteMx.equals(known.remoteMx)) {
            known.remoteMx = remoteMx;
            changed = true;
        }
        return changed;
    }

    private EngagementEvidence evidence(Event event, MessageFacts known) {
        EngagementDetails request = event.getEngagement();
        boolean click = event.getType() == EventType.click;
        long[] clickTimes = known.clicks();
        List<Instant> earlierClicks = new ArrayList<>(clickTimes.length);
        if (click) {
            for (long at : clickTimes) {
                earlierClicks.add(Instant.ofEpochMilli(at));
            }
        }
        Set<String> tenantIps = settings.sendingIpsOf(event.getTenantId());
        Set<String> sendingIps = tenantIps;
        String messageIp = known.sendingIp;
        if (messageIp != null && !tenantIps.contains(messageIp)) {
            sendingIps = new HashSet<>(tenantIps);
            sendingIps.add(messageIp);
        }
        return new EngagementEvidence(click ? EngagementType.CLICK : EngagementType.OPEN, event.getOccurredAt(),
                request == null ? null : request.getIp(),
                request == null ? null : request.getUserAgent(),
                request == null ? null : request.getHttpMethod(),
                request == null ? null : request.getLinkIndex(),
                request == null ? null : request.getUrl(),
                known.deliveredAt == null ? null : Instant.ofEpochMilli(known.deliveredAt),
                earlierClicks,
                request == null ? null : request.getHoneypot(),
                sendingIps);
    }

    private String timezone(Event event, MessageFacts known) {
        SendDetails send = event.getSend();
        if (send != null && send.getRecipientTimezone() != null) {
            return send.getRecipientTimezone();
        }
        if (known != null && known.recipientTimezone != null) {
            return known.recipientTimezone;
        }
        return settings.timezoneOf(event.getTenantId());
    }

    /** The remote MX the event itself reports: a bounce's, else a delivery's (delivered or deferred). */
    private static String ownRemoteMx(Event event) {
        BounceDetails bounce = event.getBounce();
        if (bounce != null && bounce.getRemoteMx() != null) {
            return bounce.getRemoteMx();
        }
        DeliveryDetails delivery = event.getDelivery();
        return delivery == null ? null : delivery.getRemoteMx();
    }
}
