package com.penguinmails.operational.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackupCodesTest {

    @Test
    void generatesTenDistinctCodesOfTenCharacters() {
        List<String> codes = BackupCodes.generate();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
    }

    @Test
    void hashIgnoresCaseAndSeparatorsButNotTheUser() {
        assertThat(BackupCodes.hash("u-1", "abcde-fghij")).isEqualTo(BackupCodes.hash("u-1", "ABCDE FGHIJ"));
        assertThat(BackupCodes.hash("u-1", "abcde-fghij")).isNotEqualTo(BackupCodes.hash("u-2", "abcde-fghij"));
        assertThat(BackupCodes.hash("u-1", "abcde-fghij")).isNotEqualTo(BackupCodes.hash("u-1", "abcde-fghik"));
    }
}
