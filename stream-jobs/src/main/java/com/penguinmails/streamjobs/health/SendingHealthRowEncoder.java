package com.penguinmails.streamjobs.health;

import com.penguinmails.streamjobs.clickhouse.ClickHouseTable;
import com.penguinmails.streamjobs.clickhouse.RowBinaryEncoder;
import com.penguinmails.streamjobs.clickhouse.RowBinaryOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a {@link SendingHealth} as a RowBinary row of the ClickHouse table {@code sending_health} (migration
 * V0004). Counts are UInt64, rates Float64, the score Nullable(UInt16), reasons one comma-separated string.
 */
public final class SendingHealthRowEncoder implements RowBinaryEncoder<SendingHealth> {

    private static final long serialVersionUID = 1L;

    /** The counts stored per window, in column order. */
    private static final List<Counter> COUNTED = List.of(Counter.SENT, Counter.DELIVERED, Counter.BOUNCED,
            Counter.HARD_BOUNCED, Counter.BLOCKED, Counter.COMPLAINTS);

    /** The table and the columns this encoder writes. */
    public static final ClickHouseTable TABLE = new ClickHouseTable("sending_health", columns());

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("tenant_id", "scope_kind", "scope_value", "mailbox_provider",
                "as_of", "version"));
        for (String window : List.of("24h", "7d")) {
            for (Counter counter : COUNTED) {
                columns.add(counter.name().toLowerCase(java.util.Locale.ROOT) + "_" + window);
            }
            columns.add("bounce_rate_" + window);
            columns.add("block_rate_" + window);
            columns.add("complaint_rate_" + window);
        }
        columns.addAll(List.of("score", "status", "pause_recommended", "reasons"));
        return columns;
    }

    @Override
    public void encode(SendingHealth health, RowBinaryOutput out) {
        out.writeString(health.tenantId());
        out.writeString(health.scopeKind());
        out.writeString(health.scopeValue());
        out.writeString(health.mailboxProvider());
        out.writeDateTime64Millis(health.asOf());
        out.writeInt64(health.version());
        writeWindow(health.day(), out);
        writeWindow(health.week(), out);
        Integer score = health.assessment().score();
        out.writeBool(score == null);
        if (score != null) {
            out.writeUInt16(score);
        }
        out.writeString(health.assessment().status().wireName());
        out.writeBool(health.assessment().pauseRecommended());
        out.writeString(String.join(",", health.assessment().reasons()));
    }

    private static void writeWindow(WindowCounts counts, RowBinaryOutput out) {
        for (Counter counter : COUNTED) {
            out.writeInt64(counts.get(counter));
        }
        writeFloat64(HealthScore.bounceRate(counts), out);
        writeFloat64(HealthScore.blockRate(counts), out);
        writeFloat64(HealthScore.complaintRate(counts), out);
    }

    /** Float64 is the IEEE 754 bits, little-endian, like an Int64. */
    static void writeFloat64(double value, RowBinaryOutput out) {
        out.writeInt64(Double.doubleToLongBits(value));
    }
}
