package com.penguinmails.streamjobs.aggregates;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * What the job's enrichment stage decided for one stored event, read back from the {@code events} table: the reference
 * computation takes these decisions as given (they are the enrichment's tests' business) and recomputes everything else.
 *
 * @param engagementClass the engagement class ('' when not an open or click)
 * @param mailboxProvider the mailbox provider
 * @param localTimezone the recipient's zone
 * @param firstOfMessage first human open/click of the message
 * @param firstOfContact first human open/click of the contact
 */
record StoredEnrichment(String engagementClass, String mailboxProvider, String localTimezone, boolean firstOfMessage,
        boolean firstOfContact) {

    /** Every stored event of a tenant by event id. */
    static Map<String, StoredEnrichment> of(Client clickHouse, String tenant) {
        Map<String, StoredEnrichment> byEventId = new HashMap<>();
        for (GenericRecord row : clickHouse.queryAll("SELECT event_id, engagement_class, mailbox_provider,"
                + " local_timezone, first_of_message, first_of_contact FROM penguinmails.events"
                + " WHERE tenant_id = '" + tenant + "'")) {
            StoredEnrichment enrichment = new StoredEnrichment(row.getString("engagement_class"),
                    row.getString("mailbox_provider"), row.getString("local_timezone"),
                    row.getBoolean("first_of_message"), row.getBoolean("first_of_contact"));
            StoredEnrichment earlier = byEventId.put(row.getString("event_id"), enrichment);
            if (earlier != null && !earlier.equals(enrichment)) {
                throw new IllegalStateException("Event " + row.getString("event_id") + " stored twice, differently");
            }
        }
        return byEventId;
    }
}
