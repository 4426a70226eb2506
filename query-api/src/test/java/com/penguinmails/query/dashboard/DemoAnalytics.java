package com.penguinmails.query.dashboard;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.events.GeneratedEventClasses;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.query.store.ClickHouseText;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficLabel;
import com.penguinmails.traffic.TrafficSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Demo data for the dashboard tests, as the stream job would have stored it: generated traffic of two tenants in
 * {@code events} with the enrichment columns filled from the generator's ground truth (the V0003 and V0006 views fill
 * the aggregates), and {@code attribution_credits} rows for acme's conversions credited to its human clicks.
 */
final class DemoAnalytics {

    /** When the generated traffic starts; every event lies in [{@link #FROM}, {@link #TO}). */
    static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-29T00:00:00Z");

    private static final List<String> MODELS = List.of("first_touch", "last_touch", "linear", "time_decay",
            "position_based");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 2_000;

    private DemoAnalytics() {
    }

    /** Inserts the demo data of acme and globex; returns acme's campaign ids, most events first. */
    static List<String> load(Client client, int eventsPerTenant) throws Exception {
        GeneratedEventClasses.trust();
        List<String> acmeCampaigns = new ArrayList<>();
        for (String tenant : List.of("acme", "globex")) {
            List<GeneratedEvent> generated = new TrafficGenerator(TrafficSettings.defaults()
                    .withSeed(tenant.hashCode())
                    .withStart(START)
                    .withTenantIds(List.of(tenant))
                    .withCampaignsPerTenant(4)
                    .withSendsPerSecond(0.01)
                    .withContactsPerTenant(1_500))
                    .events()
                    .filter(event -> event.event().getOccurredAt().isBefore(TO))
                    .limit(eventsPerTenant)
                    .toList();
            List<Map<String, Object>> rows = rows(generated);
            insert(client, "events", rows);
            if (tenant.equals("acme")) {
                insert(client, "attribution_credits", credits(rows));
                insert(client, "sending_health", health(rows));
                insert(client, "alerts", alerts(rows));
                Map<String, Long> perCampaign = new HashMap<>();
                rows.forEach(row -> perCampaign.merge((String) row.get("campaign_id"), 1L, Long::sum));
                perCampaign.entrySet().stream().filter(entry -> !entry.getKey().isEmpty())
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(entry -> acmeCampaigns.add(entry.getKey()));
            }
        }
        return acmeCampaigns;
    }

    private static List<Map<String, Object>> rows(List<GeneratedEvent> generated) {
        Map<String, String> zoneOfMessage = new HashMap<>();
        Set<String> firstOfMessage = new HashSet<>();
        Set<String> firstOfContact = new HashSet<>();
        Set<String> firstOfType = new HashSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GeneratedEvent generatedEvent : generated) {
            Event event = generatedEvent.event();
            String type = event.getType().name();
            String message = text(event.getMessageId());
            String engagementClass = generatedEvent.label() == TrafficLabel.NOT_APPLICABLE ? ""
                    : generatedEvent.label().name().toLowerCase(Locale.ROOT);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tenant_id", event.getTenantId());
            row.put("occurred_at", ClickHouseText.dateTime64Millis(event.getOccurredAt()));
            row.put("event_id", event.getEventId());
            row.put("event_type", type);
            row.put("received_at", ClickHouseText.dateTime64Millis(event.getOccurredAt()));
            row.put("workspace_id", text(event.getWorkspaceId()));
            row.put("message_id", message);
            row.put("campaign_id", text(event.getCampaignId()));
            row.put("variant", text(event.getVariant()));
            row.put("sequence_step", event.getSequenceStep() == null ? 0 : event.getSequenceStep());
            row.put("mailbox", text(event.getMailbox()));
            row.put("sending_domain", text(event.getSendingDomain()));
            row.put("sending_ip", text(event.getSendingIp()));
            row.put("contact_id", text(event.getContactId()));
            row.put("recipient_domain", text(event.getRecipientDomain()));
            row.put("link_index", -1);
            if (event.getType() == EventType.send && event.getSend() != null) {
                zoneOfMessage.put(message, text(event.getSend().getRecipientTimezone()));
            }
            row.put("local_timezone", zoneOfMessage.getOrDefault(message, "UTC").isEmpty() ? "UTC"
                    : zoneOfMessage.getOrDefault(message, "UTC"));
            if (event.getBounce() != null) {
                row.put("bounce_type", event.getBounce().getBounceType().name());
                row.put("bounce_reason", text(event.getBounce().getReason()));
            }
            if (event.getComplaint() != null) {
                row.put("feedback_type", text(event.getComplaint().getFeedbackType()));
            }
            row.put("is_auto_reply", event.getReply() != null && event.getReply().getIsAutoReply());
            row.put("engagement_class", engagementClass);
            row.put("classification_confidence", engagementClass.isEmpty() ? 0.0 : 0.9);
            row.put("classification_reasons", engagementClass.isEmpty() || engagementClass.equals("human")
                    ? List.of() : List.of("generated_" + engagementClass));
            row.put("mailbox_provider", provider(text(event.getRecipientDomain())));
            boolean counted = type.equals("open") && (engagementClass.equals("human")
                    || engagementClass.equals("image_proxy"))
                    || type.equals("click") && engagementClass.equals("human");
            row.put("first_of_message", counted && firstOfMessage.add(type + "/" + message));
            row.put("first_of_contact", counted && firstOfContact.add(type + "/" + text(event.getContactId())));
            row.put("first_of_type", !message.isEmpty() && firstOfType.add(type + "/" + message));
            if (event.getConversion() != null) {
                row.put("conversion_type", text(event.getConversion().getConversionType()));
                if (event.getConversion().getValue() != null) {
                    row.put("conversion_value", event.getConversion().getValue().toPlainString());
                    row.put("currency", text(event.getConversion().getCurrency()));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * One conversion per tenth human click, credited wholly to that click by every model (a one-touch journey),
     * worth 100.00 EUR; conversions at every 13th click are unattributed.
     */
    private static List<Map<String, Object>> credits(List<Map<String, Object>> events) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int clicks = 0;
        for (Map<String, Object> event : events) {
            if (!event.get("event_type").equals("click") || !event.get("engagement_class").equals("human")) {
                continue;
            }
            clicks++;
            boolean attributed = clicks % 13 != 0;
            if (clicks % 10 != 0 && attributed) {
                continue;
            }
            String at = (String) event.get("occurred_at");
            Instant conversionAt = Instant.parse(at.replace(' ', 'T') + "Z").plusSeconds(3_600);
            for (String model : MODELS) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("tenant_id", event.get("tenant_id"));
                row.put("conversion_day", LocalDate.ofInstant(conversionAt, ZoneOffset.UTC).toString());
                row.put("campaign_id", attributed ? event.get("campaign_id") : "");
                row.put("variant", attributed ? event.get("variant") : "");
                row.put("sequence_step", attributed ? event.get("sequence_step") : 0);
                row.put("model", model);
                row.put("conversion_id", "conv-" + event.get("event_id"));
                row.put("touch_event_id", attributed ? event.get("event_id") : "");
                row.put("conversion_at", ClickHouseText.dateTime64Millis(conversionAt));
                row.put("conversion_type", "deal_won");
                row.put("currency", "EUR");
                row.put("touch_kind", attributed ? "click" : "");
                row.put("attributed", attributed);
                row.put("credit", 1.0);
                row.put("revenue", 100.0);
                row.put("version", 1);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Two health versions per sending domain (day 2 and day 3 of the traffic): the first domain turns critical with a
     * pause recommended, the others stay healthy.
     */
    private static List<Map<String, Object>> health(List<Map<String, Object>> events) {
        List<String> domains = events.stream().map(event -> (String) event.get("sending_domain"))
                .filter(domain -> !domain.isEmpty()).distinct().sorted().toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            for (int version = 1; version <= 2; version++) {
                boolean critical = i == 0 && version == 2;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("tenant_id", "acme");
                row.put("scope_kind", "sending_domain");
                row.put("scope_value", domains.get(i));
                row.put("mailbox_provider", "");
                row.put("as_of", ClickHouseText.dateTime64Millis(START.plusSeconds(86_400L * version)));
                row.put("version", version);
                row.put("sent_24h", 400);
                row.put("delivered_24h", critical ? 340 : 392);
                row.put("bounced_24h", critical ? 60 : 8);
                row.put("bounce_rate_24h", critical ? 0.15 : 0.02);
                row.put("sent_7d", 400L * version);
                row.put("score", critical ? 31 : 92 - i - version);
                row.put("status", critical ? "critical" : "healthy");
                row.put("pause_recommended", critical);
                row.put("reasons", critical ? "bounce_rate_24h above 10%" : "");
                rows.add(row);
            }
        }
        return rows;
    }

    /** A firing critical bounce alert, a resolved complaint warning and a firing mailbox warning. */
    private static List<Map<String, Object>> alerts(List<Map<String, Object>> events) {
        Map<String, Object> sample = events.get(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(alert("al-1", "Bounce rate", "firing", "bounce_rate", "sending_domain",
                (String) sample.get("sending_domain"), 0.15, 0.05, 1, null));
        rows.add(alert("al-2", "Complaint rate", "resolved", "complaint_rate", "campaign",
                (String) sample.get("campaign_id"), 0.004, 0.003, 2, START.plusSeconds(86_400L * 2)));
        rows.add(alert("al-3", "Mailbox blocks", "firing", "block_rate", "mailbox",
                (String) sample.get("mailbox"), 0.08, 0.05, 3, null));
        return rows;
    }

    private static Map<String, Object> alert(String id, String rule, String state, String metric, String scopeKind,
            String scopeValue, double value, double threshold, int hoursAfterStart, Instant resolvedAt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", "acme");
        row.put("alert_id", id);
        row.put("rule_id", "rule-" + metric);
        row.put("rule_name", rule);
        row.put("state", state);
        row.put("metric", metric);
        row.put("scope_kind", scopeKind);
        row.put("scope_value", scopeValue);
        row.put("comparison", "above");
        row.put("value", value);
        row.put("threshold", threshold);
        row.put("volume", 400);
        row.put("window_length", "PT1H");
        row.put("fired_at", ClickHouseText.dateTime64Millis(START.plusSeconds(3_600L * 24 * hoursAfterStart)));
        row.put("resolved_at", resolvedAt == null ? null : ClickHouseText.dateTime64Millis(resolvedAt));
        row.put("detail", rule + " " + value + " above " + threshold);
        row.put("version", resolvedAt == null ? 1 : 2);
        return row;
    }

    /** The provider as the enrichment names it, from the recipient's domain (enough for generated recipients). */
    private static String provider(String recipientDomain) {
        String domain = recipientDomain.toLowerCase(Locale.ROOT);
        if (domain.startsWith("gmail") || domain.startsWith("googlemail")) {
            return "google";
        }
        if (domain.startsWith("outlook") || domain.startsWith("hotmail") || domain.startsWith("live")) {
            return "microsoft";
        }
        if (domain.startsWith("yahoo")) {
            return "yahoo";
        }
        if (domain.startsWith("icloud") || domain.startsWith("me.") || domain.startsWith("mac.")) {
            return "apple";
        }
        return domain.isEmpty() ? "" : "other";
    }

    private static void insert(Client client, String table, List<Map<String, Object>> rows) throws Exception {
        for (int from = 0; from < rows.size(); from += BATCH) {
            StringBuilder body = new StringBuilder();
            for (Map<String, Object> row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                body.append(JSON.writeValueAsString(row)).append('\n');
            }
            client.insert(table, new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
                    ClickHouseFormat.JSONEachRow, new InsertSettings()).get(120, TimeUnit.SECONDS).close();
        }
    }

    private static String text(CharSequence value) {
        return value == null ? "" : value.toString();
    }
}
