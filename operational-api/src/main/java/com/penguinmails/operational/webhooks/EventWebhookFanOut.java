package com.penguinmails.operational.webhooks;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.EventJson;
import com.penguinmails.events.v1.Event;
import com.penguinmails.operational.notifications.DeliveryQueue;
import com.penguinmails.operational.notifications.DeliveryRequest;
import com.penguinmails.operational.notifications.NotificationEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns events of {@code events.raw} into webhook deliveries: each event goes to every enabled endpoint of its tenant
 * subscribed to its type, if the event was received after the endpoint was created (a new endpoint is not flooded
 * with history). One transaction per polled batch; a delivery is keyed by the event id, so a batch seen twice
 * enqueues nothing new. Records that do not decode are logged and skipped.
 */
public final class EventWebhookFanOut implements Consumer<ConsumerRecords<byte[], byte[]>> {

    private static final Logger LOG = LoggerFactory.getLogger(EventWebhookFanOut.class);

    private final Jdbi jdbi;
    private final WebhookEndpointDao endpoints;
    private final DeliveryQueue queue;
    private final Runnable onEnqueue;
    private final Clock clock;

    /** @param onEnqueue called after deliveries were enqueued (wakes the delivery worker) */
    public EventWebhookFanOut(Jdbi jdbi, WebhookEndpointDao endpoints, DeliveryQueue queue, Runnable onEnqueue,
            Clock clock) {
        this.jdbi = jdbi;
        this.endpoints = endpoints;
        this.queue = queue;
        this.onEnqueue = onEnqueue;
        this.clock = clock;
    }

    @Override
    public void accept(ConsumerRecords<byte[], byte[]> records) {
        List<Event> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.value() == null) {
                continue;
            }
            try {
                events.add(EventCodec.decode(record.value()));
            } catch (RuntimeException e) {
                LOG.warn("skipping an undecodable record at {}-{}@{}: {}", record.topic(), record.partition(),
                        record.offset(), e.toString());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        Set<String> tenants = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (Event event : events) {
            tenants.add(event.getTenantId());
            types.add(WebhookEventTypes.ofEventType(event.getType()));
        }
        Instant now = clock.instant();
        int enqueued = jdbi.inTransaction(handle -> {
            List<WebhookEndpointDao.Subscription> subscriptions = endpoints.subscriptions(handle,
                    List.copyOf(tenants), List.copyOf(types));
            int count = 0;
            for (Event event : events) {
                String type = WebhookEventTypes.ofEventType(event.getType());
                for (WebhookEndpointDao.Subscription subscription : subscriptions) {
                    if (subscription.tenantId().equals(event.getTenantId())
                            && subscription.eventTypes().contains(type)
                            && !event.getReceivedAt().isBefore(subscription.createdAt())) {
                        String id = "dl-" + UUID.randomUUID();
                        boolean added = queue.enqueue(handle, DeliveryRequest.webhook(id, event.getTenantId(),
                                subscription.endpointId(), null, type, "event:" + event.getEventId(),
                                NotificationEnvelope.json(id, type, now, event.getTenantId(), EventJson.write(event))),
                                now);
                        count += added ? 1 : 0;
                    }
                }
            }
            return count;
        });
        if (enqueued > 0) {
            onEnqueue.run();
        }
    }
}
