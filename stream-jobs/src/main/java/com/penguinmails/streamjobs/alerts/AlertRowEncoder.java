package com.penguinmails.streamjobs.alerts;

import com.penguinmails.streamjobs.clickhouse.ClickHouseTable;
import com.penguinmails.streamjobs.clickhouse.RowBinaryEncoder;
import com.penguinmails.streamjobs.clickhouse.RowBinaryOutput;
import java.util.List;

/**
 * Encodes an {@link Alert} as a RowBinary row of the ClickHouse table {@code alerts} (migration V0004); the resolved
 * record has version 2 and replaces the firing one (version 1) of the same alert id.
 */
public final class AlertRowEncoder implements RowBinaryEncoder<Alert> {

    private static final long serialVersionUID = 1L;

    /** The table and the columns this encoder writes. */
    public static final ClickHouseTable TABLE = new ClickHouseTable("alerts", List.of("tenant_id", "alert_id",
            "rule_id", "rule_name", "state", "metric", "scope_kind", "scope_value", "comparison", "value",
            "threshold", "volume", "window_length", "fired_at", "resolved_at", "detail", "version"));

    @Override
    public void encode(Alert alert, RowBinaryOutput out) {
        out.writeString(alert.tenantId());
        out.writeString(alert.alertId());
        out.writeString(alert.ruleId());
        out.writeString(alert.ruleName());
        out.writeString(alert.state().wireName());
        out.writeString(alert.metric());
        out.writeString(alert.scopeKind());
        out.writeString(alert.scopeValue());
        out.writeString(alert.comparison());
        // Float64 is the IEEE 754 bits, little-endian, like an Int64.
        out.writeInt64(Double.doubleToLongBits(alert.value()));
        out.writeInt64(Double.doubleToLongBits(alert.threshold()));
        out.writeInt64(alert.volume());
        out.writeString(alert.window().toString());
        out.writeDateTime64Millis(alert.firedAt());
        out.writeBool(alert.resolvedAt() == null);
        if (alert.resolvedAt() != null) {
            out.writeDateTime64Millis(alert.resolvedAt());
        }
        out.writeString(alert.detail());
        out.writeUInt16(alert.state() == AlertState.FIRING ? 1 : 2);
    }
}
