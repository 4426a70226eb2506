package com.penguinmails.streamjobs.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaRecordDeserializerTest {

    @Test
    void passesRecordsOnUntouched() {
        byte[] key = {1};
        byte[] value = {2, 3};
        ConsumerRecord<byte[], byte[]> consumed = new ConsumerRecord<>("events.raw", 2, 77, key, value);
        List<KafkaRecord> out = new ArrayList<>();

        new KafkaRecordDeserializer().deserialize(consumed, new ListCollector<>(out));

        assertThat(out).singleElement().satisfies(record -> {
            assertThat(record.position()).isEqualTo("events.raw-2@77");
            assertThat(record.key()).isSameAs(key);
            assertThat(record.value()).isSameAs(value);
        });
    }

    @Test
    void recordsAndDeadLettersAreFlinkPojosNotKryoGenerics() {
        TypeInformation<KafkaRecord> recordType = new KafkaRecordDeserializer().getProducedType();

        assertThat(recordType).isNotInstanceOf(GenericTypeInfo.class);
        assertThat(TypeInformation.of(DeadLetter.class)).isNotInstanceOf(GenericTypeInfo.class);
    }

    private record ListCollector<T>(List<T> list) implements Collector<T> {
        @Override
        public void collect(T record) {
            list.add(record);
        }

        @Override
        public void close() {
        }
    }
}
