package com.penguinmails.streamjobs.clickhouse;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.connector.sink2.CommittableMessage;

/** Passes committable messages through unchanged: the operator that starts the committer's own chain. */
final class HandOver implements MapFunction<CommittableMessage<ClickHouseBatch>, CommittableMessage<ClickHouseBatch>> {

    private static final long serialVersionUID = 1L;

    @Override
    public CommittableMessage<ClickHouseBatch> map(CommittableMessage<ClickHouseBatch> message) {
        return message;
    }
}
