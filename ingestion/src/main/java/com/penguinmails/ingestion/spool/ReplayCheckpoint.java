package com.penguinmails.ingestion.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The durable replay position of a spool: a 20-byte file (segment, offset, CRC32C of both) replaced atomically, so a
 * crash leaves either the old or the new position, never a mix.
 */
final class ReplayCheckpoint {

    static final String FILE_NAME = "replay.checkpoint";
    private static final int LENGTH = 20;

    private final Path file;
    private final Path temporary;
    private final Path directory;

    ReplayCheckpoint(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.temporary = directory.resolve(FILE_NAME + ".tmp");
    }

    /**
     * Reads the stored position.
     *
     * @return empty when no position was stored yet
     * @throws IOException if the file cannot be read or fails its checksum
     */
    Optional<SpoolPosition> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length != LENGTH || buffer.getInt(16) != checksum(bytes)) {
            throw new IOException("replay checkpoint " + file + " is damaged (" + bytes.length + " bytes)");
        }
        return Optional.of(new SpoolPosition(buffer.getLong(0), buffer.getLong(8)));
    }

    /** Stores {@code position} durably: written to a temporary file, forced, renamed over the old one, directory forced. */
    void write(SpoolPosition position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        buffer.putLong(position.segment()).putLong(position.offset());
        buffer.putInt(checksum(buffer.array()));
        buffer.flip();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(directory);
    }

    /** Makes file creations, renames and deletions in {@code directory} durable. */
    static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, 16);
        return (int) crc.getValue();
    }
}
