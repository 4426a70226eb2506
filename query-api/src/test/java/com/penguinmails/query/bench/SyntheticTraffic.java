package com.penguinmails.query.bench;

import com.clickhouse.client.api.Client;
import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;
import java.util.Locale;

/**
 * Loads realistic cold-outreach traffic straight into {@code events} on ClickHouse (so every materialized view fills
 * as it would from the stream job), generated inside ClickHouse from {@code numbers()} with cityHash64 of the message
 * number as the dice.
 *
 * <p>Per message, over the 90 days before {@link #END}: one of 50 campaigns (variants A/B, steps 1-3) in one of three
 * workspaces, one of 20 mailboxes on 5 sending domains and 10 IPs, a recipient at Gmail (40 %), Outlook (30 %), Yahoo
 * (10 %) or elsewhere; a send; delivered (97 %) or bounced (3 %: hard user_unknown, soft mailbox_full or block
 * spam_detected); for delivered mail an open (45 %: 60 % human, 25 % Apple MPP, 10 % image proxy, 5 % bot), a second
 * human open (15 %), a click (8 %: one in five a security scanner), a reply (3 %, one in three automatic), an
 * unsubscribe (0.5 %), a complaint (0.08 %) and a conversion (1 %) — about 2.6 events per message.
 */
final class SyntheticTraffic {

    /** The end of the generated quarter (exclusive); sends spread uniformly over the 90 days before it. */
    static final Instant END = Instant.parse("2026-11-25T00:00:00Z");

    /** Average events generated per message, to size a load in events. */
    static final double EVENTS_PER_MESSAGE = 2.6;

    private static final String LOAD = """
            INSERT INTO events (tenant_id, occurred_at, event_id, event_type, received_at, workspace_id, message_id,
                                campaign_id, variant, sequence_step, mailbox, sending_domain, sending_ip, contact_id,
                                recipient_domain, recipient_timezone, bounce_type, bounce_reason, enhanced_status_code,
                                smtp_code, ip, user_agent, http_method, is_auto_reply, feedback_type, conversion_type,
                                conversion_value, currency, link_index, engagement_class, classification_confidence,
                                classification_reasons, mailbox_provider, local_timezone, first_of_message,
                                first_of_contact, first_of_type)
            SELECT 'TENANT', e.2, concat('TENANT-', toString(number), '-', toString(e.1)), e.3, e.2,
                   concat('w', toString(campaign % 3)), concat('m', toString(number)),
                   if(e.3 = 'conversion', '', concat('c', toString(campaign))),
                   if(bitShiftRight(h, 6) % 2 = 0, 'A', 'B'), toUInt16(1 + bitShiftRight(h, 8) % 3),
                   concat('sender', toString(sender), '@send', toString(sender % 5), '.example'),
                   concat('send', toString(sender % 5), '.example'),
                   concat('203.0.113.', toString(10 + bitShiftRight(h, 16) % 10)),
                   concat('ct', toString(number % CONTACTS)), provider.1, 'Europe/Berlin',
                   if(e.3 = 'bounce', bounce.1, ''), if(e.3 = 'bounce', bounce.2, ''),
                   if(e.3 = 'bounce', bounce.3, ''), if(e.3 = 'bounce', bounce.4, 0),
                   if(e.3 IN ('open', 'click'), concat('198.51.100.', toString(bitShiftRight(h, 40) % 250)), ''),
                   if(e.3 IN ('open', 'click'), e.4, ''), if(e.3 = 'click', 'GET', ''), e.5,
                   if(e.3 = 'complaint', 'abuse', ''), if(e.3 = 'conversion', 'meeting_booked', ''),
                   if(e.3 = 'conversion', toDecimal64(100 + bitShiftRight(h, 44) % 900, 4), toDecimal64(0, 4)),
                   if(e.3 = 'conversion', 'USD', ''), if(e.3 = 'click', 0, -1), e.6, if(e.6 = '', 0, 0.9),
                   if(e.6 IN ('', 'human'), [], [e.6]), provider.2, 'Europe/Berlin',
                   -- The enrichment's flags: the first human open (the second open is human, the first maybe not),
                   -- a human click, and the first event of each type (every event but the second open).
                   (e.1 = 2 AND e.6 IN ('human', 'image_proxy')
                       OR e.1 = 3 AND first_open_class NOT IN ('human', 'image_proxy')
                       OR e.1 = 4 AND e.6 = 'human') AS first_human,
                   first_human AND number < CONTACTS, e.1 != 3
            FROM (
                SELECT number, cityHash64(number, 'TENANT') AS h, h % 50 AS campaign, bitShiftRight(h, 12) % 20 AS sender,
                       toDateTime64('START', 3, 'UTC') + toIntervalMillisecond(bitShiftRight(h, 20) % 7776000000) AS t0,
                       bitShiftRight(h, 52) % 100 AS dice,
                       ['human', 'human', 'human', 'human', 'human', 'human', 'apple_mpp', 'apple_mpp', 'image_proxy',
                        'bot'][1 + bitShiftRight(h, 36) % 10] AS first_open_class,
                       [('gmail.com', 'gmail'), ('outlook.com', 'outlook'), ('yahoo.com', 'yahoo'),
                        ('acme-corp.example', 'other')][multiIf(bitShiftRight(h, 24) % 10 < 4, 1,
                            bitShiftRight(h, 24) % 10 < 7, 2, bitShiftRight(h, 24) % 10 < 8, 3, 4)] AS provider,
                       [('hard', 'user_unknown', '5.1.1', 550), ('soft', 'mailbox_full', '4.2.2', 452),
                        ('block', 'spam_detected', '5.7.1', 554)][1 + bitShiftRight(h, 28) % 3] AS bounce
                FROM numbers(FIRST, COUNT)
            )
            ARRAY JOIN arrayFilter(x -> x.1 >= 0, [
                (0, t0, 'send', '', false, ''),
                (if(dice >= 3, 1, -1), t0 + toIntervalSecond(5), 'delivered', '', false, ''),
                (if(dice < 3, 1, -1), t0 + toIntervalSecond(5), 'bounce', '', false, ''),
                (if(dice >= 3 AND bitShiftRight(h, 32) % 100 < 45, 2, -1),
                    t0 + toIntervalMinute(1 + bitShiftRight(h, 34) % 4320), 'open', 'Mozilla/5.0',
                    false, first_open_class),
                (if(dice >= 3 AND bitShiftRight(h, 32) % 100 < 15, 3, -1),
                    t0 + toIntervalMinute(4320 + bitShiftRight(h, 38) % 4320), 'open', 'Mozilla/5.0', false, 'human'),
                (if(dice >= 3 AND bitShiftRight(h, 42) % 100 < 8, 4, -1),
                    t0 + toIntervalMinute(2 + bitShiftRight(h, 34) % 4320), 'click', 'Mozilla/5.0', false,
                    if(bitShiftRight(h, 46) % 5 = 0, 'security_scanner', 'human')),
                (if(dice >= 3 AND bitShiftRight(h, 48) % 100 < 3, 5, -1),
                    t0 + toIntervalMinute(60 + bitShiftRight(h, 50) % 8640), 'reply', '', bitShiftRight(h, 56) % 3 = 0, ''),
                (if(dice >= 3 AND bitShiftRight(h, 58) % 200 = 0, 6, -1), t0 + toIntervalHour(30), 'unsubscribe', '',
                    false, ''),
                (if(dice >= 3 AND h % 1250 = 1, 7, -1), t0 + toIntervalHour(31), 'complaint', '', false, ''),
                (if(dice >= 3 AND h % 100 = 7, 8, -1), t0 + toIntervalDay(3), 'conversion', '', false, '')
            ]) AS e""";

    private SyntheticTraffic() {
    }

    /**
     * Inserts the events of messages {@code [first, first + count)} of {@code tenant}; a tenant's contacts are
     * {@code contacts} in number, each receiving every {@code contacts}-th message.
     */
    static void load(Client client, String tenant, long first, long count, long contacts) {
        String start = ClickHouseText.dateTime64Millis(END.minusSeconds(90L * 86_400));
        client.queryAll(LOAD.replace("TENANT", tenant)
                .replace("START", start)
                .replace("CONTACTS", Long.toString(contacts))
                .replace("FIRST", Long.toString(first))
                .replace("COUNT", Long.toString(count)));
    }

    /** The messages that make about {@code events} events. */
    static long messagesFor(long events) {
        return Math.round(events / EVENTS_PER_MESSAGE);
    }

    static String describe() {
        return String.format(Locale.ROOT, "synthetic quarter ending %s, %.1f events per message", END, EVENTS_PER_MESSAGE);
    }
}
