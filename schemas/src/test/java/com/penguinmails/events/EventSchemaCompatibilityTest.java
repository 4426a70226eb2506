package com.penguinmails.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemaCompatibilityTest {

    /**
     * Canonical-form fingerprints of the released snapshots. A released schema is frozen: a new release appends a line,
     * an edit of an existing snapshot fails {@link #releasedSnapshotsAreNeverEdited}.
     */
    private static final long[] RELEASED_FINGERPRINTS = {
        0x19d580800932a5e1L,
        0x4e1d68b6c0e96630L,
        0x8bb62f5250377103L,
    };

    static Stream<Arguments> releasedVersions() {
        return IntStream.rangeClosed(1, EventSchemas.released().size())
                .mapToObj(version -> Arguments.of(version, EventSchemas.released().get(version - 1)));
    }

    @ParameterizedTest(name = "v{0}")
    @MethodSource("releasedVersions")
    void currentSchemaReadsAndIsReadByEveryReleasedVersion(int version, Schema released) {
        assertThat(mutualCompatibility(EventSchemas.current(), released))
                .as("current schema vs released v%d", version)
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void releasedSnapshotsAreNeverEdited() {
        assertThat(EventSchemas.released()).hasSize(RELEASED_FINGERPRINTS.length);
        for (int i = 0; i < RELEASED_FINGERPRINTS.length; i++) {
            assertThat(hex(SchemaNormalization.parsingFingerprint64(EventSchemas.released().get(i))))
                    .as("fingerprint of released v%d", i + 1)
                    .isEqualTo(hex(RELEASED_FINGERPRINTS[i]));
        }
    }

    @Test
    void acceptsANewOptionalFieldWithADefault() {
        Schema evolved = withExtraTopLevelField(
                "{\"name\": \"list_id\", \"type\": [\"null\", \"string\"], \"default\": null}");

        assertThat(mutualCompatibility(evolved, firstRelease())).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void acceptsANewEventTypeBecauseOldReadersFallBackToTheEnumDefault() {
        Schema evolved = parse(EventSchemas.current().toString()
                .replace("\"conversion\",\"unknown\"]", "\"conversion\",\"forward\",\"unknown\"]"));

        assertThat(evolved.getField("type").schema().getEnumSymbols()).contains("forward");
        assertThat(mutualCompatibility(evolved, firstRelease())).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void rejectsANewRequiredFieldWithoutADefault() {
        Schema evolved = withExtraTopLevelField("{\"name\": \"list_id\", \"type\": \"string\"}");

        assertThat(mutualCompatibility(evolved, firstRelease())).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void rejectsANewEnumSymbolWhenTheEnumHasNoDefault() {
        String current = EventSchemas.current().toString();
        Schema evolved = parse(current
                .replace("\"symbols\":[\"hard\",\"soft\",\"block\",\"undetermined\"],\"default\":\"undetermined\"",
                        "\"symbols\":[\"hard\",\"soft\",\"block\",\"undetermined\",\"greylisted\"]"));
        Schema releasedWithoutDefault = parse(firstRelease().toString()
                .replace("\"symbols\":[\"hard\",\"soft\",\"block\",\"undetermined\"],\"default\":\"undetermined\"",
                        "\"symbols\":[\"hard\",\"soft\",\"block\",\"undetermined\"]"));

        assertThat(evolved.toString()).contains("greylisted");
        assertThat(mutualCompatibility(evolved, releasedWithoutDefault)).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void rejectsAChangedFieldType() {
        Schema evolved = parse(EventSchemas.current().toString()
                .replace("{\"name\":\"sequence_step\",\"type\":[\"null\",\"int\"]",
                        "{\"name\":\"sequence_step\",\"type\":[\"null\",\"string\"]"));

        assertThat(evolved.getField("sequence_step").schema().getTypes()).extracting(Schema::getType)
                .contains(Schema.Type.STRING);
        assertThat(mutualCompatibility(evolved, firstRelease())).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    /** COMPATIBLE only if each schema can read what the other wrote (backward and forward compatibility). */
    static SchemaCompatibilityType mutualCompatibility(Schema candidate, Schema released) {
        SchemaCompatibilityType backward = SchemaCompatibility.checkReaderWriterCompatibility(candidate, released)
                .getType();
        SchemaCompatibilityType forward = SchemaCompatibility.checkReaderWriterCompatibility(released, candidate)
                .getType();
        return backward == SchemaCompatibilityType.COMPATIBLE && forward == SchemaCompatibilityType.COMPATIBLE
                ? SchemaCompatibilityType.COMPATIBLE
                : SchemaCompatibilityType.INCOMPATIBLE;
    }

    private static String hex(long fingerprint) {
        return String.format("0x%016xL", fingerprint);
    }

    private static Schema firstRelease() {
        return EventSchemas.released().get(0);
    }

    private static Schema withExtraTopLevelField(String fieldJson) {
        String current = EventSchemas.current().toString();
        int fieldsStart = current.indexOf("\"fields\":[") + "\"fields\":[".length();
        return parse(current.substring(0, fieldsStart) + fieldJson + "," + current.substring(fieldsStart));
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }
}
