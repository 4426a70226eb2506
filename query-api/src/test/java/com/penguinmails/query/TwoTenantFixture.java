package com.penguinmails.query;

import com.clickhouse.client.api.Client;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Two tenants' enriched events, attribution credits and journeys, written straight into ClickHouse (the V0003, V0006
 * and V0007 views fill the aggregates): acme ("A"), every one of whose ids, domains, mailboxes, IPs and providers
 * carries {@link #A_MARKER}, and globex ("B") with ids of its own. The same traffic shape for both, so any answer that
 * mixed A into B would show in B's counts as well as in its text.
 */
final class TwoTenantFixture {

    /** Text every acme value carries; none of it may ever reach globex. */
    static final String A_MARKER = "acmesecret";

    /** The sending IP of acme, which carries no marker text of its own. */
    static final String A_SENDING_IP = "198.51.100.66";

    static final String A_KEY = "acme-query-key";
    static final String B_KEY = "globex-query-key";

    /** Globex's value for each filter parameter of the endpoint catalogue. */
    static final Map<String, String> B_VALUES = Map.of(
            "workspace_id", "globex-ws",
            "campaign_id", "globex-c1",
            "variant", "A",
            "step", "1",
            "sending_domain", "mail.globex.example",
            "mailbox", "ann@mail.globex.example",
            "provider", "gmail");

    /** Acme's value for each filter parameter: asked for by globex, they must find nothing. */
    static final Map<String, String> A_VALUES = Map.of(
            "workspace_id", "acmesecret-ws",
            "campaign_id", "acmesecret-c1",
            "variant", "acmesecret-variant",
            "step", "1",
            "sending_domain", "acmesecret.example",
            "mailbox", "bob@acmesecret.example",
            "provider", "acmesecret-mail");

    static final String B_CONVERSION = "globex-conv-1";
    static final String A_CONVERSION = "acmesecret-conv-1";

    private static final String COLUMNS = "tenant_id, event_id, event_type, occurred_at, message_id, contact_id,"
            + " workspace_id, campaign_id, variant, sequence_step, sending_domain, mailbox, sending_ip,"
            + " mailbox_provider, local_timezone, bounce_type, bounce_reason, engagement_class, first_of_message,"
            + " first_of_contact";

    /** One stored event. */
    record StoredRow(String tenant, String eventId, String type, String occurredAt, String messageId,
            String contactId, Map<String, String> values, String ip, String bounceType, String engagementClass,
            boolean first) {
    }

    private TwoTenantFixture() {
    }

    /** The events of one tenant: messages of every shape on 2026-11-02 and 03, in the catalogue's November. */
    static List<StoredRow> events(String tenant) {
        boolean acme = tenant.equals("acme");
        Map<String, String> values = acme ? A_VALUES : B_VALUES;
        String prefix = acme ? A_MARKER + "-" : "globex-";
        String ip = acme ? A_SENDING_IP : "203.0.113.9";
        int messages = acme ? 9 : 6;
        List<StoredRow> rows = new ArrayList<>();
        for (int i = 1; i <= messages; i++) {
            String message = prefix + "m" + i;
            String contact = prefix + "contact" + i;
            String minute = String.format("%02d", i);
            rows.add(new StoredRow(tenant, prefix + "s" + i, "send", "2026-11-02 09:" + minute + ":00", message, contact,
                    values, ip, "", "", false));
            if (i == messages) {
                rows.add(new StoredRow(tenant, prefix + "b" + i, "bounce", "2026-11-02 09:" + minute + ":30", message,
                        contact, values, ip, "hard", "", false));
                continue;
            }
            rows.add(new StoredRow(tenant, prefix + "d" + i, "delivered", "2026-11-02 09:" + minute + ":10", message,
                    contact, values, ip, "", "", false));
            if (i <= 3) {
                rows.add(new StoredRow(tenant, prefix + "o" + i, "open", "2026-11-02 11:" + minute + ":00", message,
                        contact, values, ip, "", "human", true));
            }
            if (i == 4) {
                rows.add(new StoredRow(tenant, prefix + "o" + i, "open", "2026-11-02 09:" + minute + ":20", message,
                        contact, values, ip, "", "apple_mpp", false));
            }
            if (i == 1) {
                rows.add(new StoredRow(tenant, prefix + "c" + i, "click", "2026-11-02 11:30:00", message, contact,
                        values, ip, "", "human", true));
                rows.add(new StoredRow(tenant, prefix + "r" + i, "reply", "2026-11-03 08:00:00", message, contact,
                        values, ip, "", "", false));
            }
        }
        return rows;
    }

    /** How many of {@code tenant}'s events are of each type. */
    static Map<String, Long> countsByType(String tenant) {
        return events(tenant).stream().collect(Collectors.groupingBy(StoredRow::type, LinkedHashMap::new,
                Collectors.counting()));
    }

    /** Writes both tenants' rows. */
    static void load(Client client) {
        List<String> values = new ArrayList<>();
        for (String tenant : List.of("acme", "globex")) {
            for (StoredRow row : events(tenant)) {
                values.add(sql(row));
            }
        }
        client.queryAll("INSERT INTO events (" + COLUMNS + ") VALUES " + String.join(",\n", values));
        client.queryAll("INSERT INTO attribution_credits (tenant_id, conversion_day, campaign_id, variant,"
                + " sequence_step, model, conversion_id, touch_event_id, conversion_at, conversion_type, currency,"
                + " touch_kind, attributed, credit, revenue, version) VALUES "
                + credits("acme", A_CONVERSION, A_VALUES.get("campaign_id"), A_VALUES.get("variant"), "acmesecret-c1")
                + ", " + credits("globex", B_CONVERSION, B_VALUES.get("campaign_id"), B_VALUES.get("variant"),
                        "globex-c1"));
        client.queryAll("INSERT INTO attribution_journeys (tenant_id, conversion_id, contact_id, conversion_at,"
                + " conversion_type, conversion_value, currency, touch_count, touches, version) VALUES "
                + journey("acme", A_CONVERSION, "acmesecret-contact1", "acmesecret-c1") + ", "
                + journey("globex", B_CONVERSION, "globex-contact1", "globex-c1"));
    }

    private static String sql(StoredRow row) {
        Map<String, String> v = row.values();
        return "('" + row.tenant() + "', '" + row.eventId() + "', '" + row.type() + "', '" + row.occurredAt() + "', '"
                + row.messageId() + "', '" + row.contactId() + "', '" + v.get("workspace_id") + "', '"
                + v.get("campaign_id") + "', '" + v.get("variant") + "', " + v.get("step") + ", '"
                + v.get("sending_domain") + "', '" + v.get("mailbox") + "', '" + row.ip() + "', '" + v.get("provider")
                + "', 'Europe/Berlin', '" + row.bounceType() + "', '" + (row.bounceType().isEmpty() ? "" : "user_unknown")
                + "', '" + row.engagementClass() + "', " + (row.first() ? 1 : 0) + ", " + (row.first() ? 1 : 0) + ")";
    }

    private static String credits(String tenant, String conversion, String campaign, String variant, String prefix) {
        List<String> rows = new ArrayList<>();
        for (String model : List.of("first_touch", "last_touch", "linear", "time_decay", "position_based")) {
            rows.add("('" + tenant + "', '2026-11-03', '" + campaign + "', '" + variant + "', 1, '" + model + "', '"
                    + conversion + "', '" + prefix + "-touch', '2026-11-03 12:00:00', 'purchase', 'EUR', 'click', true,"
                    + " 1.0, 120.0, 1)");
        }
        return String.join(", ", rows);
    }

    private static String journey(String tenant, String conversion, String contact, String campaign) {
        String touches = "[{\"event_id\":\"" + campaign + "-touch\",\"campaign_id\":\"" + campaign + "\"}]";
        return "('" + tenant + "', '" + conversion + "', '" + contact + "', '2026-11-03 12:00:00', 'purchase', 120,"
                + " 'EUR', 1, '" + touches + "', 1)";
    }
}
