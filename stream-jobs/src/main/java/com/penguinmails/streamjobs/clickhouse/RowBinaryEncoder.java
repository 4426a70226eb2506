package com.penguinmails.streamjobs.clickhouse;

import java.io.Serializable;

/**
 * Writes one element as one RowBinary row of a {@link ClickHouseTable}, its columns in the table's column order.
 *
 * <p>Implementations are serializable because they travel inside the sink to the task managers, and must be
 * deterministic: the same element always gives the same bytes.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface RowBinaryEncoder<T> extends Serializable {

    /**
     * Appends the element's row.
     *
     * @throws IllegalArgumentException if the element cannot be represented in the table; nothing usable is left in
     *     {@code out} then, so callers should reject such elements before they reach the sink
     */
    void encode(T element, RowBinaryOutput out);
}
