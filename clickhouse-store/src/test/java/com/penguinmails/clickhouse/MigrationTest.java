package com.penguinmails.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void loadsThePlatformMigrationsInIndexOrder() {
        List<Migration> migrations = Migration.fromClasspath(Migration.PLATFORM_MIGRATIONS);

        assertThat(migrations).isNotEmpty();
        assertThat(migrations.get(0).name()).isEqualTo("V0001__events.sql");
        assertThat(migrations.get(0).version()).isEqualTo(1);
        assertThat(migrations).extracting(Migration::version).isSorted().doesNotHaveDuplicates();
        assertThat(migrations.get(0).statements()).singleElement().asString()
                .contains("CREATE TABLE IF NOT EXISTS events")
                .doesNotEndWith(";");
    }

    @Test
    void splitsAFileIntoStatementsAndDropsCommentOnlyChunks() {
        Migration migration = Migration.fromClasspath("clickhouse/test/original").get(0);

        List<String> statements = migration.statements();

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).startsWith("-- A table only").contains("CREATE TABLE IF NOT EXISTS notes")
                .endsWith("ORDER BY id");
        assertThat(statements.get(1)).contains("CREATE TABLE IF NOT EXISTS note_tags").endsWith("ORDER BY (note_id, tag)");
    }

    @Test
    void keepsAFinalStatementWithoutSemicolon() {
        Migration migration = Migration.of("V0007__x.sql", "CREATE TABLE a (x UInt8) ENGINE = Memory;\n\nSELECT 1\n");

        assertThat(migration.statements()).containsExactly("CREATE TABLE a (x UInt8) ENGINE = Memory", "SELECT 1");
    }

    @Test
    void doesNotSplitOnASemicolonInsideALine() {
        Migration migration = Migration.of("V0002__x.sql", "ALTER TABLE t COMMENT COLUMN c 'a;b'\n    , ADD x UInt8;\n");

        assertThat(migration.statements()).containsExactly("ALTER TABLE t COMMENT COLUMN c 'a;b'\n    , ADD x UInt8");
    }

    @Test
    void treatsACommentedOutStatementAsAComment() {
        Migration migration = Migration.of("V0003__x.sql", "-- DROP TABLE t;\nSELECT 1;\n-- end\n");

        assertThat(migration.statements()).containsExactly("-- DROP TABLE t;\nSELECT 1");
    }

    @Test
    void checksumIsTheSha256OfTheFile() {
        assertThat(Migration.of("V0001__x.sql", "abc").checksum())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void takesTheVersionFromTheFileName() {
        assertThat(Migration.of("V0042__late_data.sql", "").version()).isEqualTo(42);
        assertThatThrownBy(() -> Migration.of("0042_late_data.sql", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("V0001__description.sql");
    }

    @Test
    void rejectsAnIndexWhoseVersionsGoBackwards() {
        assertThatThrownBy(() -> Migration.fromClasspath("clickhouse/test/out-of-order"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V0001__notes.sql");
    }

    @Test
    void rejectsAMissingIndex() {
        assertThatThrownBy(() -> Migration.fromClasspath("clickhouse/none"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clickhouse/none/INDEX");
    }
}
