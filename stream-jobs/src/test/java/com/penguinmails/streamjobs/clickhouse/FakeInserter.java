package com.penguinmails.streamjobs.clickhouse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** An inserter that fails a set number of times, then succeeds; records every attempt. */
final class FakeInserter implements BatchInserter {

    private int failuresLeft;
    final List<String> attemptedTokens = new ArrayList<>();
    boolean closed;

    FakeInserter(int failures) {
        this.failuresLeft = failures;
    }

    @Override
    public void insert(ClickHouseBatch batch) throws IOException {
        attemptedTokens.add(batch.deduplicationToken());
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IOException("Connection refused");
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
