package com.penguinmails.operational.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

    @Test
    void namesTheConflictingColumnsButNeverTheValues() {
        String message = UniqueViolations.message("Key (tenant_id, contact_id)=(t-1, ct-secret-9) already exists.");

        assertThat(message).isEqualTo("already exists: another record has the same contact_id");
        assertThat(message).doesNotContain("ct-secret-9").doesNotContain("t-1");
    }

    @Test
    void saysOnlyAlreadyExistsWhenTheDetailIsUnknown() {
        assertThat(UniqueViolations.message(null)).isEqualTo("already exists");
        assertThat(UniqueViolations.message("Key (tenant_id)=(t-1) already exists.")).isEqualTo("already exists");
    }

    @Test
    void findsTheViolationAmongTheCauses() {
        RuntimeException wrapped = new RuntimeException("statement failed",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(UniqueViolations.describe(wrapped)).contains("already exists");
        assertThat(UniqueViolations.describe(new RuntimeException(new SQLException("fk", "23503")))).isEmpty();
    }
}
