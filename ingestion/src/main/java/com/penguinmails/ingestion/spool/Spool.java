package com.penguinmails.ingestion.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded, segmented, append-only log of byte records on local disk, read back in append order from a durably stored
 * replay position.
 *
 * <p>Records are appended to the newest segment file ({@code <20-digit sequence>.seg}); a segment that would grow past
 * {@code segmentBytes} is forced and sealed, and a new one begins. With {@link FsyncPolicy#ALWAYS} an append returns
 * only once its records are on the device, and concurrent appends share one fsync: a daemon thread ({@code spool-sync},
 * stopped by {@link #close}) forces what was written and wakes the appends it covered; {@link #appendWritten} returns
 * once its records are written to the operating system and leaves forcing them to that thread. {@link #read} returns
 * the oldest durable records from the replay position; {@link #acknowledge} stores the new position durably (see
 * {@link ReplayCheckpoint}) and deletes segments that were fully replayed. Opening a directory recovers it: every
 * record is checked, a torn or corrupt tail is cut off (and logged), and replay resumes from the stored position, so a
 * restart neither loses acknowledged appends nor replays more than the last unacknowledged batch.
 *
 * <p>Thread-safe. Any number of threads may append; one thread at a time should read and acknowledge. After an I/O
 * error while writing, the spool refuses further appends (the tail may be torn; reopening recovers it).
 */
public final class Spool implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Spool.class);
    private static final String SUFFIX = ".seg";
    private static final int READ_CHUNK_BYTES = 1024 * 1024;
    private static final long SYNCER_IDLE_WAIT_NANOS = 1_000_000_000L;
    /** About 10-40 microseconds of spinning, depending on the processor's pause instruction. */
    private static final int APPEND_LOCK_SPINS = 256;
    /**
     * Appends that nobody waits for are forced at most this often, so a stream of them costs a few fsyncs a second
     * rather than one after another; an append that waits is forced at once.
     */
    private static final long WRITTEN_FORCE_INTERVAL_NANOS = 5_000_000L;

    private final Path directory;
    private final long maxBytes;
    private final long segmentBytes;
    private final FsyncPolicy fsync;
    private final ReplayCheckpoint checkpointFile;

    private final ReentrantLock writeLock = new ReentrantLock();
    /** Sizes of the segment files that exist, by sequence number; the last is the active one. Guarded by writeLock. */
    private final TreeMap<Long, Long> segmentSizes = new TreeMap<>();
    private FileChannel active;
    private long activeId;
    private long fileBytes;
    /** Bytes appended since open: what a group commit compares. Written under writeLock, read by the sync thread. */
    private volatile long appendedSequence;
    private IOException broken;
    private boolean closed;

    /** Appends waiting for the sync thread (with {@link FsyncPolicy#ALWAYS}). */
    private final ConcurrentLinkedQueue<SyncWaiter> syncWaiters = new ConcurrentLinkedQueue<>();
    private Thread syncer;
    /** Set while the sync thread waits with nothing to force: any append wakes it. */
    private volatile boolean syncerIdle;
    /** Set while the sync thread waits until written appends are due to be forced: only an append that waits wakes it. */
    private volatile boolean syncerDelaying;
    /** When the sync thread last forced; only it reads and writes this after open. */
    private long lastForceNanos;
    private volatile boolean stopSyncer;
    /** Why forcing failed (or that the spool closed); every waiting and later append fails with it. */
    private volatile IOException syncFailure;
    private volatile long durableSequence;
    /** Everything before this position is on the device (or, with NEVER, written to the operating system). */
    private volatile SpoolPosition durable;
    private volatile SpoolPosition checkpoint;
    private final AtomicLong pendingRecords = new AtomicLong();

    private FileChannel reader;
    private long readerId = -1;

    private Spool(Path directory, long maxBytes, long segmentBytes, FsyncPolicy fsync) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.segmentBytes = segmentBytes;
        this.fsync = fsync;
        this.checkpointFile = new ReplayCheckpoint(directory);
        this.lastForceNanos = System.nanoTime() - WRITTEN_FORCE_INTERVAL_NANOS;
    }

    /**
     * Opens the spool in {@code directory} (created if missing), recovering what a previous run left there.
     *
     * @param maxBytes most bytes all segment files may hold together; an append beyond it fails with
     *     {@link SpoolFullException}
     * @param segmentBytes size at which a segment is sealed and a new one begun (one append never spans two segments)
     * @throws IOException if the directory cannot be read or written
     */
    public static Spool open(Path directory, long maxBytes, long segmentBytes, FsyncPolicy fsync) throws IOException {
        if (maxBytes <= 0 || segmentBytes <= 0) {
            throw new IllegalArgumentException("maxBytes and segmentBytes must be positive");
        }
        Files.createDirectories(directory);
        Spool spool = new Spool(directory, maxBytes, segmentBytes, fsync);
        spool.recover();
        if (fsync == FsyncPolicy.ALWAYS) {
            spool.syncer = new Thread(spool::syncUntilClosed, "spool-sync");
            spool.syncer.setDaemon(true);
            spool.syncer.start();
        }
        return spool;
    }

    private void recover() throws IOException {
        List<Long> ids = segmentIds();
        SpoolPosition stored;
        try {
            stored = checkpointFile.read().orElse(new SpoolPosition(ids.isEmpty() ? 0 : ids.get(0), 0));
        } catch (IOException e) {
            stored = new SpoolPosition(ids.isEmpty() ? 0 : ids.get(0), 0);
            LOG.error("Spool {}: {}; replaying every segment from the start (downstream deduplicates by event_id)",
                    directory, e.getMessage());
        }
        long records = 0;
        for (long id : ids) {
            Path file = segmentFile(id);
            if (id < stored.segment()) {
                Files.delete(file);
                LOG.info("Spool {}: deleted segment {}, fully replayed before the last stop", directory, id);
                continue;
            }
            long countFrom = id == stored.segment() ? stored.offset() : 0;
            SegmentScan scan = SegmentScan.of(file, countFrom);
            if (scan.hasDamagedTail()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(scan.validBytes());
                    channel.force(true);
                }
                LOG.warn("Spool {}: segment {} ended in a torn or corrupt record; dropped its last {} bytes "
                                + "(an append that was never acknowledged), kept {} intact bytes",
                        directory, id, scan.fileBytes() - scan.validBytes(), scan.validBytes());
            }
            segmentSizes.put(id, scan.validBytes());
            fileBytes += scan.validBytes();
            records += scan.recordsFrom();
        }
        if (segmentSizes.isEmpty() || segmentSizes.lastKey() < stored.segment()) {
            createSegment(stored.segment());
        } else {
            activeId = segmentSizes.lastKey();
            active = FileChannel.open(segmentFile(activeId), StandardOpenOption.WRITE);
            // Records that survived a process crash may still be only in the page cache.
            active.force(false);
        }
        long storedSegmentSize = segmentSizes.getOrDefault(stored.segment(), 0L);
        checkpoint = new SpoolPosition(stored.segment(), Math.min(stored.offset(), storedSegmentSize));
        durable = new SpoolPosition(activeId, segmentSizes.get(activeId));
        pendingRecords.set(records);
        if (records > 0) {
            LOG.info("Spool {}: {} records ({} bytes) waiting to be replayed from {}", directory, records,
                    pendingBytes(), checkpoint);
        }
    }

    /**
     * Appends {@code records} as one unit, in order, and returns once they are durable under the fsync policy.
     *
     * @throws SpoolFullException if they do not fit within {@code maxBytes}; nothing was appended
     * @throws IOException if they could not be written or forced; the spool then refuses further appends
     */
    public void append(List<byte[]> records) throws SpoolFullException, IOException {
        long mySequence = write(records);
        if (fsync == FsyncPolicy.ALWAYS && mySequence > 0) {
            awaitDurable(mySequence);
        }
    }

    /**
     * Appends {@code records} as one unit, in order, and returns once they are written to the operating system, without
     * waiting for the device: they survive a crash of this process at once, and a crash of the machine once the sync
     * thread has forced them; with {@link FsyncPolicy#ALWAYS} it does so within 5 ms plus one fsync, with one fsync
     * for everything written meanwhile. {@link #read} returns them only after that.
     *
     * @throws SpoolFullException if they do not fit within {@code maxBytes}; nothing was appended
     * @throws IOException if they could not be written, or an earlier force failed; the spool then refuses further
     *     appends
     */
    public void appendWritten(List<byte[]> records) throws SpoolFullException, IOException {
        IOException failure = syncFailure;
        if (failure != null) {
            throw forceFailed(failure);
        }
        if (write(records) > 0 && fsync == FsyncPolicy.ALWAYS && syncerIdle) {
            LockSupport.unpark(syncer);
        }
    }

    /** Writes {@code records} to the active segment; returns the append sequence they end at, or 0 if none. */
    private long write(List<byte[]> records) throws SpoolFullException, IOException {
        if (records.isEmpty()) {
            return 0;
        }
        long total = 0;
        for (byte[] record : records) {
            if (record.length == 0 || record.length > SpoolRecords.MAX_RECORD_BYTES) {
                throw new IllegalArgumentException("a spool record must have 1 to " + SpoolRecords.MAX_RECORD_BYTES
                        + " bytes, got " + record.length);
            }
            total += SpoolRecords.HEADER_BYTES + record.length;
        }
        ByteBuffer framed = ByteBuffer.allocate(Math.toIntExact(total));
        for (byte[] record : records) {
            SpoolRecords.put(framed, record);
        }
        framed.flip();
        long mySequence;
        lockForAppend();
        try {
            ensureWritable();
            if (fileBytes + total > maxBytes) {
                throw new SpoolFullException("the spool holds " + fileBytes + " bytes; " + total
                        + " more would pass its limit of " + maxBytes + " bytes");
            }
            long activeSize = segmentSizes.get(activeId);
            if (activeSize > 0 && activeSize + total > segmentBytes) {
                seal();
                activeSize = 0;
            }
            try {
                long at = activeSize;
                while (framed.hasRemaining()) {
                    at += active.write(framed, at);
                }
            } catch (IOException e) {
                broken = e;
                throw e;
            }
            activeSize += total;
            segmentSizes.put(activeId, activeSize);
            fileBytes += total;
            appendedSequence += total;
            mySequence = appendedSequence;
            pendingRecords.addAndGet(records.size());
            if (fsync == FsyncPolicy.NEVER) {
                advanceDurable(mySequence, new SpoolPosition(activeId, activeSize));
            }
        } finally {
            writeLock.unlock();
        }
        return mySequence;
    }

    /**
     * Takes the write lock for an append, spinning a few microseconds first: the holder is usually inside one
     * {@code pwrite}, and parking until it is done costs two context switches (a futex wait and a wake-up), more CPU
     * than the write itself on a virtual machine. Falls back to parking when the holder takes longer (a seal, a
     * preempted holder).
     */
    private void lockForAppend() {
        for (int attempt = 0; attempt < APPEND_LOCK_SPINS; attempt++) {
            if (writeLock.tryLock()) {
                return;
            }
            Thread.onSpinWait();
        }
        writeLock.lock();
    }

    /**
     * Group commit: the appending thread parks until the sync thread has forced its bytes. The sync thread forces
     * everything written so far in one fsync, then wakes exactly the waiters it covered; appends that arrived during
     * the fsync are covered by the next one.
     */
    private void awaitDurable(long sequence) throws IOException {
        if (durableSequence >= sequence) {
            return;
        }
        SyncWaiter waiter = new SyncWaiter(Thread.currentThread(), sequence);
        syncWaiters.add(waiter);
        wakeSyncer();
        while (durableSequence < sequence) {
            IOException failure = syncFailure;
            if (failure != null) {
                syncWaiters.remove(waiter);
                throw forceFailed(failure);
            }
            LockSupport.park(this);
        }
    }

    private IOException forceFailed(IOException failure) {
        return new IOException("the spool " + directory + " could not force appended records: " + failure.getMessage(),
                failure);
    }

    private void wakeSyncer() {
        if (syncerIdle || syncerDelaying) {
            LockSupport.unpark(syncer);
        }
    }

    /** The sync thread: forces what was appended, then wakes the appends it made durable; exits when closed. */
    private void syncUntilClosed() {
        while (true) {
            syncerIdle = true;
            // An append after this check sees syncerIdle and wakes us; one before it is seen here.
            if (syncWaiters.isEmpty() && !unforcedWrites() && !stopSyncer) {
                LockSupport.parkNanos(SYNCER_IDLE_WAIT_NANOS);
            }
            syncerIdle = false;
            long untilDue = lastForceNanos + WRITTEN_FORCE_INTERVAL_NANOS - System.nanoTime();
            if (untilDue > 0) {
                syncerDelaying = true;
                // A waiting append after this check sees syncerDelaying and wakes us; one before it is seen here.
                if (syncWaiters.isEmpty() && !stopSyncer) {
                    LockSupport.parkNanos(untilDue);
                }
                syncerDelaying = false;
            }
            if (stopSyncer) {
                try {
                    forceAppended();
                } catch (IOException e) {
                    syncFailure = e;
                }
                wakeCovered();
                syncFailure = new IOException("the spool " + directory + " is closed");
                wakeCovered();
                return;
            }
            if (syncWaiters.isEmpty() && !unforcedWrites()) {
                continue;
            }
            try {
                forceAppended();
            } catch (IOException e) {
                syncFailure = e;
            }
            lastForceNanos = System.nanoTime();
            wakeCovered();
        }
    }

    /** Whether bytes were written that no fsync has covered yet (appends that did not wait for one, among others). */
    private boolean unforcedWrites() {
        return appendedSequence > durableSequence && syncFailure == null;
    }

    private void wakeCovered() {
        long durableNow = durableSequence;
        boolean failed = syncFailure != null;
        for (Iterator<SyncWaiter> waiters = syncWaiters.iterator(); waiters.hasNext(); ) {
            SyncWaiter waiter = waiters.next();
            if (failed || waiter.sequence() <= durableNow) {
                waiters.remove();
                LockSupport.unpark(waiter.thread());
            }
        }
    }

    /** An append waiting until its bytes up to {@code sequence} are on the device. */
    private record SyncWaiter(Thread thread, long sequence) {
    }

    private void forceAppended() throws IOException {
        FileChannel channel;
        long target;
        SpoolPosition end;
        writeLock.lock();
        try {
            ensureWritable();
            channel = active;
            target = appendedSequence;
            end = new SpoolPosition(activeId, segmentSizes.get(activeId));
        } finally {
            writeLock.unlock();
        }
        try {
            channel.force(false);
        } catch (ClosedChannelException e) {
            // Sealed or reset meanwhile, which forced it first; only a closed spool leaves it unforced.
            writeLock.lock();
            try {
                ensureWritable();
            } finally {
                writeLock.unlock();
            }
        } catch (IOException e) {
            writeLock.lock();
            try {
                broken = e;
            } finally {
                writeLock.unlock();
            }
            throw e;
        }
        advanceDurable(target, end);
    }

    private synchronized void advanceDurable(long sequence, SpoolPosition end) {
        if (sequence > durableSequence) {
            durableSequence = sequence;
        }
        if (end.compareTo(durable) > 0) {
            durable = end;
        }
    }

    private void ensureWritable() throws IOException {
        if (closed) {
            throw new IOException("the spool " + directory + " is closed");
        }
        if (broken != null) {
            throw new IOException("the spool " + directory + " failed to write and refuses appends until it is "
                    + "reopened: " + broken.getMessage(), broken);
        }
    }

    /** Forces and closes the active segment and begins the next one. Called with writeLock held. */
    private void seal() throws IOException {
        try {
            active.force(false);
            active.close();
            advanceDurable(appendedSequence, new SpoolPosition(activeId, segmentSizes.get(activeId)));
            createSegment(activeId + 1);
        } catch (IOException e) {
            broken = e;
            throw e;
        }
    }

    private void createSegment(long id) throws IOException {
        active = FileChannel.open(segmentFile(id), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        activeId = id;
        segmentSizes.put(id, 0L);
        ReplayCheckpoint.forceDirectory(directory);
    }

    /**
     * Reads the oldest durable records from the replay position, without moving it.
     *
     * @param maxRecords most records to return
     * @param maxBatchBytes most payload bytes to return, except that at least one record is returned when one waits
     * @return the records, possibly none when nothing durable waits
     * @throws IOException if a segment cannot be read or a record fails its checksum
     */
    public SpoolBatch read(int maxRecords, int maxBatchBytes) throws IOException {
        SpoolPosition from = checkpoint;
        SpoolPosition end = durable;
        long limit;
        writeLock.lock();
        try {
            // A fully read sealed segment continues at the start of the next one.
            while (from.segment() < end.segment() && from.offset() >= segmentSizes.getOrDefault(from.segment(), 0L)) {
                Long next = segmentSizes.higherKey(from.segment());
                from = new SpoolPosition(next == null ? end.segment() : next, 0);
            }
            limit = from.segment() == end.segment() ? end.offset() : segmentSizes.getOrDefault(from.segment(), 0L);
        } finally {
            writeLock.unlock();
        }
        List<byte[]> records = new ArrayList<>();
        long offset = from.offset();
        if (offset < limit) {
            FileChannel channel = readerFor(from.segment());
            ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(limit - offset, Math.max(READ_CHUNK_BYTES,
                    Math.min(maxBatchBytes, limit - offset))));
            long chunkStart = offset;
            long batchBytes = 0;
            fill(channel, chunk, chunkStart, limit);
            while (records.size() < maxRecords && offset < limit) {
                int at = (int) (offset - chunkStart);
                if (chunk.limit() - at < SpoolRecords.HEADER_BYTES
                        || chunk.limit() - at < SpoolRecords.HEADER_BYTES + chunk.getInt(at)) {
                    int needed = chunk.limit() - at < SpoolRecords.HEADER_BYTES ? SpoolRecords.HEADER_BYTES
                            : SpoolRecords.HEADER_BYTES + chunk.getInt(at);
                    chunk = ByteBuffer.allocate((int) Math.min(limit - offset, Math.max(needed, READ_CHUNK_BYTES)));
                    chunkStart = offset;
                    at = 0;
                    fill(channel, chunk, chunkStart, limit);
                }
                int length = chunk.getInt(at);
                int crc = chunk.getInt(at + 4);
                if (length <= 0 || length > SpoolRecords.MAX_RECORD_BYTES || at + SpoolRecords.HEADER_BYTES + length
                        > chunk.limit()) {
                    throw new IOException("spool segment " + from.segment() + " has a bad record length " + length
                            + " at offset " + offset);
                }
                if (!records.isEmpty() && batchBytes + length > maxBatchBytes) {
                    break;
                }
                byte[] payload = new byte[length];
                chunk.get(at + SpoolRecords.HEADER_BYTES, payload);
                if (SpoolRecords.checksum(length, payload, 0, length) != crc) {
                    throw new IOException("spool segment " + from.segment() + " has a record failing its checksum at "
                            + "offset " + offset);
                }
                records.add(payload);
                batchBytes += length;
                offset += SpoolRecords.HEADER_BYTES + length;
            }
        }
        return new SpoolBatch(records, from, new SpoolPosition(from.segment(), offset));
    }

    private static void fill(FileChannel channel, ByteBuffer chunk, long start, long limit) throws IOException {
        chunk.clear();
        chunk.limit((int) Math.min(chunk.capacity(), limit - start));
        while (chunk.hasRemaining()) {
            if (channel.read(chunk, start + chunk.position()) < 0) {
                throw new IOException("spool segment ended before its durable length");
            }
        }
        chunk.flip();
    }

    private FileChannel readerFor(long id) throws IOException {
        if (readerId != id) {
            closeReader();
            reader = FileChannel.open(segmentFile(id), StandardOpenOption.READ);
            readerId = id;
        }
        return reader;
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
            readerId = -1;
        }
    }

    /**
     * Durably moves the replay position past {@code batch}, which must be the last batch {@link #read}, and deletes
     * every segment that is now fully replayed. When everything was replayed the active segment is replaced by an empty
     * one, so a drained spool holds no bytes.
     *
     * <p>Appends wait for this only while a drained spool begins its new segment: the position file is written and the
     * replayed segments are deleted outside the append lock (only the one reading thread acknowledges).
     */
    public void acknowledge(SpoolBatch batch) throws IOException {
        if (!batch.start().equals(checkpoint) && batch.start().offset() != 0) {
            throw new IllegalStateException("acknowledging " + batch.start() + " but the replay position is "
                    + checkpoint);
        }
        SpoolPosition end = batch.end();
        writeLock.lock();
        try {
            boolean drained = end.segment() == activeId && end.offset() == segmentSizes.get(activeId)
                    && end.offset() > 0 && pendingRecords.get() == batch.size();
            if (drained && broken == null && !closed) {
                long next = activeId + 1;
                FileChannel old = active;
                createSegment(next);
                old.close();
                end = new SpoolPosition(next, 0);
                advanceDurable(appendedSequence, end);
            }
        } finally {
            writeLock.unlock();
        }
        // A crash before this completes replays the batch once more after the restart; never loses it.
        checkpointFile.write(end);
        List<Map.Entry<Long, Long>> replayed;
        writeLock.lock();
        try {
            checkpoint = end;
            pendingRecords.addAndGet(-batch.size());
            replayed = List.copyOf(segmentSizes.headMap(end.segment(), false).entrySet());
        } finally {
            writeLock.unlock();
        }
        deleteSegments(replayed);
    }

    private void deleteSegments(List<Map.Entry<Long, Long>> replayed) throws IOException {
        if (replayed.isEmpty()) {
            return;
        }
        if (readerId <= replayed.get(replayed.size() - 1).getKey()) {
            closeReader();
        }
        for (Map.Entry<Long, Long> segment : replayed) {
            Files.deleteIfExists(segmentFile(segment.getKey()));
        }
        ReplayCheckpoint.forceDirectory(directory);
        writeLock.lock();
        try {
            for (Map.Entry<Long, Long> segment : replayed) {
                segmentSizes.remove(segment.getKey());
                fileBytes -= segment.getValue();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Records appended and not yet acknowledged as replayed. */
    public long pendingRecords() {
        return pendingRecords.get();
    }

    /** Bytes of the records not yet acknowledged, headers included. */
    public long pendingBytes() {
        writeLock.lock();
        try {
            return fileBytes - checkpoint.offset();
        } finally {
            writeLock.unlock();
        }
    }

    /** Bytes of all segment files: what {@code maxBytes} bounds. */
    public long fileBytes() {
        writeLock.lock();
        try {
            return fileBytes;
        } finally {
            writeLock.unlock();
        }
    }

    /** The bound on {@link #fileBytes()}. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The directory holding the segments and the checkpoint. */
    public Path directory() {
        return directory;
    }

    /** Why the spool refuses appends, if it does. */
    public Optional<IOException> failure() {
        writeLock.lock();
        try {
            return Optional.ofNullable(broken);
        } finally {
            writeLock.unlock();
        }
    }

    /** Forces and closes the files; appends fail afterwards. */
    @Override
    public void close() throws IOException {
        Thread sync = syncer;
        if (sync != null) {
            stopSyncer = true;
            LockSupport.unpark(sync);
            try {
                sync.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while closing the spool " + directory, e);
            }
        }
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (broken == null) {
                    active.force(false);
                }
            } finally {
                active.close();
                closeReader();
            }
        } finally {
            writeLock.unlock();
        }
    }

    private List<Long> segmentIds() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX) && name.length() == 20 + SUFFIX.length())
                    .map(name -> Long.parseLong(name.substring(0, 20)))
                    .sorted()
                    .toList();
        }
    }

    private Path segmentFile(long id) {
        return directory.resolve(String.format("%020d%s", id, SUFFIX));
    }
}
