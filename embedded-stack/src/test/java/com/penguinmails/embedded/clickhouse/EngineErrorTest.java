package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineErrorTest {

    @Test
    void readsCodeAndNameAndMapsUnknownTablesTo404() {
        EngineError error = EngineError.fromEngineMessage(
                "Code: 60. DB::Exception: Unknown table expression identifier 'nope' in scope SELECT * FROM nope. "
                        + "(UNKNOWN_TABLE)");

        assertThat(error.code()).isEqualTo(60);
        assertThat(error.name()).isEqualTo("UNKNOWN_TABLE");
        assertThat(error.httpStatus()).isEqualTo(404);
        assertThat(error.body()).startsWith("Code: 60. DB::Exception: Unknown table").endsWith("(UNKNOWN_TABLE)\n");
    }

    @Test
    void mapsSyntaxErrorsTo400AndEverythingUnlistedTo500() {
        assertThat(EngineError.fromEngineMessage("Code: 62. DB::Exception: Syntax error: x. (SYNTAX_ERROR)")
                .httpStatus()).isEqualTo(400);
        assertThat(EngineError.fromEngineMessage("Code: 241. DB::Exception: Memory limit exceeded. "
                + "(MEMORY_LIMIT_EXCEEDED) (version 26.5.1.1)").httpStatus()).isEqualTo(500);
    }

    @Test
    void dropsTheRepetitionsChdbAddsToSomeMessages() {
        String once = "Code: 81. DB::Exception: Database nope does not exist. (UNKNOWN_DATABASE)";

        assertThat(EngineError.fromEngineMessage(once + once).message()).isEqualTo(once);
        assertThat(EngineError.fromEngineMessage(once + "\n" + once).message()).isEqualTo(once);
        assertThat(EngineError.fromEngineMessage("Code: 27. DB::Exception: Code: 27. DB::Exception: Cannot parse. "
                + "(CANNOT_PARSE_INPUT_ASSERTION_FAILED)").message())
                .isEqualTo("Code: 27. DB::Exception: Cannot parse. (CANNOT_PARSE_INPUT_ASSERTION_FAILED)");
    }

    @Test
    void anUnrecognisableMessageBecomesAStdException() {
        EngineError error = EngineError.fromEngineMessage("something broke");

        assertThat(error.code()).isEqualTo(1001);
        assertThat(error.httpStatus()).isEqualTo(500);
        assertThat(error.message()).isEqualTo("Code: 1001. DB::Exception: something broke. (STD_EXCEPTION)");
    }
}
