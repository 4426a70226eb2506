package com.penguinmails.streamjobs.attribution;

import com.penguinmails.streamjobs.clickhouse.ClickHouseTable;
import com.penguinmails.streamjobs.clickhouse.RowBinaryEncoder;
import com.penguinmails.streamjobs.clickhouse.RowBinaryOutput;
import java.time.Instant;
import java.util.List;

/**
 * Encodes an {@link AttributionCredit} as a RowBinary row of {@code attribution_credits} (migration V0005): the
 * conversion day is the UTC day (Date = UInt16 days since the epoch), Float64 and UInt64 are little-endian 8 bytes.
 */
public final class AttributionCreditRowEncoder implements RowBinaryEncoder<AttributionCredit> {

    private static final long serialVersionUID = 1L;

    private static final long MILLIS_PER_DAY = 86_400_000L;

    /** The table and the columns this encoder writes. */
    public static final ClickHouseTable TABLE = new ClickHouseTable("attribution_credits", List.of("tenant_id",
            "conversion_day", "campaign_id", "variant", "sequence_step", "model", "conversion_id", "touch_event_id",
            "conversion_at", "conversion_type", "currency", "touch_kind", "attributed", "credit", "revenue",
            "version"));

    @Override
    public void encode(AttributionCredit credit, RowBinaryOutput out) {
        out.writeString(credit.tenantId());
        out.writeUInt16((int) Math.floorDiv(credit.conversionAtMillis(), MILLIS_PER_DAY));
        out.writeString(credit.campaignId());
        out.writeString(credit.variant());
        out.writeUInt16(Math.min(credit.sequenceStep(), 0xFFFF));
        out.writeString(credit.model());
        out.writeString(credit.conversionId());
        out.writeString(credit.touchEventId());
        out.writeDateTime64Millis(Instant.ofEpochMilli(credit.conversionAtMillis()));
        out.writeString(credit.conversionType());
        out.writeString(credit.currency());
        out.writeString(credit.touchKind());
        out.writeBool(credit.attributed());
        out.writeInt64(Double.doubleToLongBits(credit.credit()));
        out.writeInt64(Double.doubleToLongBits(credit.revenue()));
        out.writeInt64(credit.version());
    }
}
