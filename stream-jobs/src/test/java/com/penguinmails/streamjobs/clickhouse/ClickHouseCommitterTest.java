package com.penguinmails.streamjobs.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Committer.CommitRequest;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;

class ClickHouseCommitterTest {

    private static final Backoff BACKOFF = new Backoff(4, Duration.ofMillis(100), Duration.ofMillis(250));

    private final List<Duration> sleeps = new ArrayList<>();
    private final ClickHouseCommitter.Sleeper recordingSleeper = sleeps::add;

    @Test
    void insertsEveryBatchOnce() throws Exception {
        FakeInserter inserter = new FakeInserter(0);
        RecordingCommitRequest first = request("a:0:0:x", 3);
        RecordingCommitRequest second = request("a:0:1:y", 2);

        committer(inserter).commit(requests(first, second));

        assertThat(inserter.attemptedTokens).containsExactly("a:0:0:x", "a:0:1:y");
        assertThat(sleeps).isEmpty();
        assertThat(first.failure).isNull();
        assertThat(first.retryLater).isFalse();
    }

    @Test
    void retriesAFailedInsertWithTheSameTokenAfterGrowingDelays() throws Exception {
        FakeInserter inserter = new FakeInserter(3);

        committer(inserter).commit(requests(request("a:0:0:x", 3)));

        assertThat(inserter.attemptedTokens).containsExactly("a:0:0:x", "a:0:0:x", "a:0:0:x", "a:0:0:x");
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    }

    @Test
    void failsTheCommitAfterTheLastAttemptSoTheJobRestarts() {
        FakeInserter inserter = new FakeInserter(4);

        assertThatThrownBy(() -> committer(inserter).commit(requests(request("a:0:0:x", 3))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("after 4 attempts")
                .hasRootCauseMessage("Connection refused");
        assertThat(inserter.attemptedTokens).hasSize(4);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void stopsWaitingWhenInterrupted() {
        ClickHouseCommitter committer = new ClickHouseCommitter(new FakeInserter(1), BACKOFF,
                delay -> {
                    throw new InterruptedException("cancelled");
                }, new UnregisteredMetricsGroup());

        assertThatThrownBy(() -> committer.commit(requests(request("a:0:0:x", 1))))
                .isInstanceOf(InterruptedException.class);
    }

    @Test
    void closesItsInserter() throws Exception {
        FakeInserter inserter = new FakeInserter(0);

        committer(inserter).close();

        assertThat(inserter.closed).isTrue();
    }

    private ClickHouseCommitter committer(FakeInserter inserter) {
        return new ClickHouseCommitter(inserter, BACKOFF, recordingSleeper, new UnregisteredMetricsGroup());
    }

    private static RecordingCommitRequest request(String token, int rows) {
        return new RecordingCommitRequest(new ClickHouseBatch(token, rows, new byte[rows]));
    }

    private static List<CommitRequest<ClickHouseBatch>> requests(RecordingCommitRequest... requests) {
        return List.of(requests);
    }
}
