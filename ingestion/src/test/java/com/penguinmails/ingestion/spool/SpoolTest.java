package com.penguinmails.ingestion.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

    private static final long MAX = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void readsBackAppendsInOrderAcrossSegments() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, 200, FsyncPolicy.ALWAYS)) {
            for (int i = 0; i < 20; i++) {
                spool.append(List.of(record("r" + i)));
            }
            assertThat(segments()).hasSizeGreaterThan(1);
            assertThat(spool.pendingRecords()).isEqualTo(20);

            assertThat(drain(spool, 3)).containsExactlyElementsOf(names(0, 20));
            assertThat(spool.pendingRecords()).isZero();
        }
    }

    @Test
    void aDrainedSpoolDeletesItsReplayedSegmentsAndHoldsNoBytes() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, 200, FsyncPolicy.ALWAYS)) {
            for (int i = 0; i < 20; i++) {
                spool.append(List.of(record("r" + i)));
            }
            drain(spool, 100);

            assertThat(spool.fileBytes()).isZero();
            assertThat(spool.pendingBytes()).isZero();
            assertThat(segments()).hasSize(1);
            assertThat(Files.size(segments().get(0))).isZero();
            spool.append(List.of(record("after")));
            assertThat(drain(spool, 10)).containsExactly("after");
        }
    }

    @Test
    void refusesAnAppendThatWouldPassTheBoundAndAppendsNothingOfIt() throws Exception {
        try (Spool spool = Spool.open(dir, 100, 100, FsyncPolicy.ALWAYS)) {
            spool.append(List.of(new byte[40]));

            assertThatThrownBy(() -> spool.append(List.of(new byte[20], new byte[20])))
                    .isInstanceOf(SpoolFullException.class)
                    .hasMessageContaining("limit of 100 bytes");
            assertThat(spool.pendingRecords()).isEqualTo(1);
            assertThat(spool.fileBytes()).isEqualTo(48);
            spool.append(List.of(new byte[40]));
            assertThat(spool.fileBytes()).isEqualTo(96);
        }
    }

    @Test
    void replayingFreesSpaceForNewAppends() throws Exception {
        try (Spool spool = Spool.open(dir, 100, 100, FsyncPolicy.ALWAYS)) {
            spool.append(List.of(new byte[40], new byte[40]));
            assertThatThrownBy(() -> spool.append(List.of(new byte[40]))).isInstanceOf(SpoolFullException.class);

            drain(spool, 10);

            spool.append(List.of(new byte[40]));
            assertThat(spool.pendingRecords()).isEqualTo(1);
        }
    }

    @Test
    void aRestartKeepsEverythingNotYetAcknowledgedAndResumesAfterTheLastAcknowledgedBatch() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, 300, FsyncPolicy.ALWAYS)) {
            for (int i = 0; i < 30; i++) {
                spool.append(List.of(record("r" + i)));
            }
            SpoolBatch first = spool.read(12, Integer.MAX_VALUE);
            spool.acknowledge(first);
            // Read but never acknowledged: a crash before the position was stored.
            assertThat(spool.read(5, Integer.MAX_VALUE).size()).isEqualTo(5);
        }

        try (Spool reopened = Spool.open(dir, MAX, 300, FsyncPolicy.ALWAYS)) {
            assertThat(reopened.pendingRecords()).isEqualTo(18);
            reopened.append(List.of(record("new")));
            List<String> expected = new ArrayList<>(names(12, 30));
            expected.add("new");
            assertThat(drain(reopened, 7)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void recoveryCutsATornTailAndKeepsTheIntactRecords() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS)) {
            spool.append(List.of(record("a"), record("b")));
        }
        Path segment = segments().get(0);
        long intact = Files.size(segment);
        // A crash in the middle of the next append: its header and half its payload reached the disk.
        ByteBuffer torn = ByteBuffer.allocate(8 + 5);
        torn.putInt(100).putInt(12345).put(new byte[5]).flip();
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(torn);
        }

        try (Spool reopened = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS)) {
            assertThat(Files.size(segment)).isEqualTo(intact);
            assertThat(reopened.pendingRecords()).isEqualTo(2);
            reopened.append(List.of(record("c")));
            assertThat(drain(reopened, 10)).containsExactly("a", "b", "c");
        }
    }

    @Test
    void recoveryCutsARecordWhoseChecksumFailsAndEverythingAfterIt() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS)) {
            spool.append(List.of(record("a"), record("b"), record("c")));
        }
        Path segment = segments().get(0);
        long secondPayload = 8 + "a".length() + 8;
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("X".getBytes(StandardCharsets.UTF_8)), secondPayload);
        }

        try (Spool reopened = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS)) {
            assertThat(reopened.pendingRecords()).isEqualTo(1);
            assertThat(drain(reopened, 10)).containsExactly("a");
        }
    }

    @Test
    void aDamagedCheckpointReplaysFromTheOldestSegmentRatherThanLosingRecords() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS)) {
            spool.append(List.of(record("a"), record("b")));
            spool.acknowledge(spool.read(1, Integer.MAX_VALUE));
        }
        Files.write(dir.resolve(ReplayCheckpoint.FILE_NAME), new byte[] {1, 2, 3});

        try (Spool reopened = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS)) {
            assertThat(drain(reopened, 10)).containsExactly("a", "b");
        }
    }

    @Test
    void concurrentAppendsAreAllKeptEachInItsOwnOrder() throws Exception {
        int threads = 8;
        int perThread = 200;
        try (Spool spool = Spool.open(dir, 64 * MAX, 16 * 1024, FsyncPolicy.ALWAYS)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        spool.append(List.of(record(thread + ":" + i), record(thread + ":" + i + "b")));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();

            List<String> read = drain(spool, 333);
            assertThat(read).hasSize(threads * perThread * 2).doesNotHaveDuplicates();
            for (int t = 0; t < threads; t++) {
                String prefix = t + ":";
                List<String> ofThread = read.stream().filter(name -> name.startsWith(prefix)).toList();
                List<String> expected = IntStream.range(0, perThread)
                        .boxed().flatMap(i -> Stream.of(prefix + i, prefix + i + "b")).toList();
                assertThat(ofThread).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void closingWhileThreadsAppendKeepsEveryAppendThatReturnedAndFailsTheOthers() throws Exception {
        int threads = 8;
        Spool spool = Spool.open(dir, 64 * MAX, 16 * 1024, FsyncPolicy.ALWAYS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> appended = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(threads * 20);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            appended.add(pool.submit(() -> {
                List<String> returned = new ArrayList<>();
                for (int i = 0; ; i++) {
                    try {
                        spool.append(List.of(record(thread + ":" + i)));
                    } catch (IOException e) {
                        return returned;
                    }
                    returned.add(thread + ":" + i);
                    started.countDown();
                }
            }));
        }
        started.await();
        spool.close();
        List<String> acknowledged = new ArrayList<>();
        for (Future<List<String>> future : appended) {
            acknowledged.addAll(future.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        try (Spool reopened = Spool.open(dir, 64 * MAX, 16 * 1024, FsyncPolicy.ALWAYS)) {
            assertThat(drain(reopened, 500)).containsAll(acknowledged).doesNotHaveDuplicates();
        }
    }

    @Test
    void writtenAppendsAreForcedByTheSyncThreadWithoutAnyoneWaitingThenReadInOrderWithForcedOnes() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS)) {
            for (int i = 0; i < 10; i++) {
                spool.appendWritten(List.of(record("r" + i)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (spool.read(100, Integer.MAX_VALUE).size() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(spool.read(100, Integer.MAX_VALUE).size()).as("forced by the sync thread alone").isEqualTo(10);
            spool.append(List.of(record("r10")));
            spool.appendWritten(List.of(record("r11")));
            spool.append(List.of(record("r12")));

            assertThat(drain(spool, 4)).containsExactlyElementsOf(names(0, 13));
        }
    }

    @Test
    void writtenAppendsSurviveACrashOfTheProcess() throws Exception {
        Spool crashed = Spool.open(dir, MAX, 300, FsyncPolicy.ALWAYS);
        for (int i = 0; i < 30; i++) {
            crashed.appendWritten(List.of(record("r" + i)));
        }
        // Never closed: the restarted process recovers the files as the operating system holds them.
        try (Spool restarted = Spool.open(dir, MAX, 300, FsyncPolicy.ALWAYS)) {
            assertThat(restarted.pendingRecords()).isEqualTo(30);
            assertThat(drain(restarted, 7)).containsExactlyElementsOf(names(0, 30));
        } finally {
            crashed.close();
        }
    }

    @Test
    void readReturnsNothingWhenNothingWaits() throws Exception {
        try (Spool spool = Spool.open(dir, MAX, MAX, FsyncPolicy.NEVER)) {
            assertThat(spool.read(10, 1000).isEmpty()).isTrue();
            spool.append(List.of(record("a")));
            assertThat(spool.read(10, 1000).records()).hasSize(1);
        }
    }

    @Test
    void refusesAppendsAfterClose() throws Exception {
        Spool spool = Spool.open(dir, MAX, MAX, FsyncPolicy.ALWAYS);
        spool.close();

        assertThatThrownBy(() -> spool.append(List.of(record("a")))).isInstanceOf(IOException.class)
                .hasMessageContaining("closed");
    }

    private static List<String> drain(Spool spool, int batchRecords) throws IOException {
        List<String> read = new ArrayList<>();
        SpoolBatch batch;
        while (!(batch = spool.read(batchRecords, Integer.MAX_VALUE)).isEmpty()) {
            batch.records().forEach(record -> read.add(new String(record, StandardCharsets.UTF_8)));
            spool.acknowledge(batch);
        }
        return read;
    }

    private static List<String> names(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "r" + i).toList();
    }

    private static byte[] record(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.toString().endsWith(".seg")).sorted().toList();
        }
    }
}
