package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StatementReaderTest {

    @Test
    void handsOnInlineDataExactlyEvenWhenTheRequestArrivesByteByByte() throws IOException {
        byte[] data = new byte[200_000];
        new Random(3).nextBytes(data);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write("INSERT INTO t FORMAT RowBinary\n".getBytes(StandardCharsets.UTF_8));
        request.write(data);
        StatementReader reader = new StatementReader(new Trickle(request.toByteArray()), 1024);

        StatementHead.InlineDataInsert insert = (StatementHead.InlineDataInsert) reader.readHead();
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        reader.copyRemainderTo(insert.dataOffset(), copied);

        assertThat(copied.toByteArray()).isEqualTo(data);
    }

    @Test
    void readsAPlainStatementToTheEnd() throws IOException {
        String sql = "SELECT '" + "x".repeat(100_000) + "'";
        StatementReader reader = new StatementReader(
                new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)), 1 << 20);

        assertThat(reader.readHead()).isInstanceOf(StatementHead.PlainStatement.class);
        assertThat(new String(reader.readStatement(), StandardCharsets.UTF_8)).isEqualTo(sql);
    }

    @Test
    void refusesAPlainStatementLongerThanTheLimit() throws IOException {
        StatementReader reader = new StatementReader(
                new ByteArrayInputStream(("SELECT " + "1 + ".repeat(1000) + "1").getBytes(StandardCharsets.UTF_8)),
                1000);

        reader.readHead();

        assertThatThrownBy(reader::readStatement).isInstanceOf(StatementReader.StatementTooLongException.class);
    }

    @Test
    void reportsAFailingRequestBodyAsSuch() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> new StatementReader(broken, 1000).readHead())
                .isInstanceOf(StatementReader.RequestBodyException.class)
                .hasMessageContaining("connection reset");
    }

    /** Returns at most one byte per read, like a slow network. */
    private static final class Trickle extends FilterInputStream {

        Trickle(byte[] data) {
            super(new ByteArrayInputStream(data));
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            return super.read(target, offset, Math.min(length, 1));
        }
    }
}
