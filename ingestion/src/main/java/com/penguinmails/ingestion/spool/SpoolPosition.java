package com.penguinmails.ingestion.spool;

/**
 * A place in the spool: a byte offset within one segment. Positions are ordered by segment, then offset.
 *
 * @param segment the segment's sequence number (its file is named after it)
 * @param offset bytes from the start of that segment, always at a record boundary
 */
public record SpoolPosition(long segment, long offset) implements Comparable<SpoolPosition> {

    @Override
    public int compareTo(SpoolPosition other) {
        int bySegment = Long.compare(segment, other.segment);
        return bySegment != 0 ? bySegment : Long.compare(offset, other.offset);
    }
}
