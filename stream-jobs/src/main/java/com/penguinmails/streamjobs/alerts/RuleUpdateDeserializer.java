package com.penguinmails.streamjobs.alerts;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads records of {@code control.alert-rules} into {@link RuleUpdate}s; a record that is not a valid rule is logged
 * and skipped, never failing the job (the rule it meant to change keeps its previous version).
 */
public final class RuleUpdateDeserializer implements KafkaRecordDeserializationSchema<RuleUpdate> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RuleUpdateDeserializer.class);

    private final AlertRuleParser parser = new AlertRuleParser();

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RuleUpdate> out) {
        try {
            out.collect(parser.parse(record.key(), record.value()));
        } catch (InvalidRuleException e) {
            LOG.warn("Skipping invalid alert rule at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    @Override
    public TypeInformation<RuleUpdate> getProducedType() {
        return TypeInformation.of(RuleUpdate.class);
    }
}
