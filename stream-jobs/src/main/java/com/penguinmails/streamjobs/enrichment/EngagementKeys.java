package com.penguinmails.streamjobs.enrichment;

import com.penguinmails.events.v1.Event;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * Keys events by (tenant_id, message_id) or (tenant_id, contact_id) for the enrichment operators.
 *
 * <p>An event without the id gets the key {@code (tenant_id, "\0" + event_id)}: such events spread over the subtasks
 * like any others and never share state (the operators keep none for them). A NUL never starts a real id.
 */
public final class EngagementKeys implements KeySelector<Event, Tuple2<String, String>> {

    private static final long serialVersionUID = 1L;

    /** The key's type, for keyBy and test harnesses. */
    public static final TypeInformation<Tuple2<String, String>> TYPE = Types.TUPLE(Types.STRING, Types.STRING);

    /** Marks the key of an event that has no id of the keyed kind. */
    static final char NO_ID = '\0';

    private final boolean byContact;

    private EngagementKeys(boolean byContact) {
        this.byContact = byContact;
    }

    /** Keys by (tenant_id, message_id). */
    public static EngagementKeys byMessage() {
        return new EngagementKeys(false);
    }

    /** Keys by (tenant_id, contact_id). */
    public static EngagementKeys byContact() {
        return new EngagementKeys(true);
    }

    @Override
    public Tuple2<String, String> getKey(Event event) {
        String id = byContact ? event.getContactId() : event.getMessageId();
        return Tuple2.of(event.getTenantId(), hasId(id) ? id : NO_ID + event.getEventId());
    }

    /** Whether {@code id} is a usable message or contact id. */
    static boolean hasId(String id) {
        return id != null && !id.isEmpty();
    }
}
