package com.penguinmails.streamjobs.aggregates;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.events.EventsToClickHouseJob;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job (Kafka -> decode -> deduplicate -> enrich -> ClickHouse events) on generated traffic that arrives out of
 * order and ends with engagement three weeks late: the materialized views' tables equal, cell by cell, a computation
 * made in Java from the produced events.
 */
@ExtendWith(EmbeddedStackExtension.class)
class AggregatesIT {

    @TempDir
    Path checkpoints;

    @Test
    void everyAggregateCellEqualsTheComputationFromTheRawEvents(EmbeddedStack stack) throws Exception {
        try (AggregatesPipeline pipeline = new AggregatesPipeline(stack, "exact")) {
            List<Event> events = GeneratedTraffic.of(pipeline.tenant, 11, 4_000);
            JobClient job = AggregatesPipeline.start(EventsToClickHouseJob.fromConfig(pipeline.config(checkpoints)),
                    new Configuration());
            try {
                pipeline.produce(events);
                AggregateAssertions.awaitEveryEventStoredOnce(pipeline, events.size());
            } finally {
                job.cancel().get();
            }
            AggregateAssertions.assertAggregatesMatch(pipeline, events);
        }
    }
}
