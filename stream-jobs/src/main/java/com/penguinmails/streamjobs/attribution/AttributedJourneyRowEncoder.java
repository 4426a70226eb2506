package com.penguinmails.streamjobs.attribution;

import com.penguinmails.streamjobs.clickhouse.ClickHouseTable;
import com.penguinmails.streamjobs.clickhouse.RowBinaryEncoder;
import com.penguinmails.streamjobs.clickhouse.RowBinaryOutput;
import java.time.Instant;
import java.util.List;

/**
 * Encodes an {@link AttributedJourney} as a RowBinary row of {@code attribution_journeys} (migration V0005); the
 * value is a Nullable(Decimal(18, 4)): a null flag byte, then the unscaled Int64.
 */
public final class AttributedJourneyRowEncoder implements RowBinaryEncoder<AttributedJourney> {

    private static final long serialVersionUID = 1L;

    /** The table and the columns this encoder writes. */
    public static final ClickHouseTable TABLE = new ClickHouseTable("attribution_journeys", List.of("tenant_id",
            "conversion_id", "contact_id", "conversion_at", "conversion_type", "conversion_value", "currency",
            "touch_count", "touches", "version"));

    @Override
    public void encode(AttributedJourney journey, RowBinaryOutput out) {
        out.writeString(journey.tenantId());
        out.writeString(journey.conversionId());
        out.writeString(journey.contactId());
        out.writeDateTime64Millis(Instant.ofEpochMilli(journey.conversionAtMillis()));
        out.writeString(journey.conversionType());
        out.writeBool(journey.value() == null);
        if (journey.value() != null) {
            out.writeDecimal64(journey.value(), 4);
        }
        out.writeString(journey.currency());
        out.writeUInt16(Math.min(journey.touchCount(), 0xFFFF));
        out.writeString(journey.touchesJson());
        out.writeInt64(journey.version());
    }
}
