package com.penguinmails.ingestion.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.penguinmails.events.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Reads the events of one request body as it streams in, validating each item as soon as it is parsed so that only the
 * resulting events are held, never the whole body or all the parsed trees.
 *
 * <p>The body is counted while it is read: past {@code maxBodyBytes} bytes or {@code maxEvents} items reading stops
 * with {@link PayloadTooLargeException}. Syntax errors, a JSON body that is not an array, and NDJSON with two values on
 * one line stop it with {@link MalformedBodyException}, whose message names the line and column. Duplicate field names
 * count as malformed. Thread-safe.
 */
public final class EventBatchReader {

    /** Events are two objects deep; anything much deeper is an attack or a mistake. */
    private static final int MAX_NESTING_DEPTH = 16;

    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final int maxEvents;

    public EventBatchReader(long maxBodyBytes, int maxEvents) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxEvents = maxEvents;
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // Checked while building the tree, which costs far less than the parser's own duplicate detection.
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    /** Most bytes a body may have. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Reads and validates every item of {@code body}.
     *
     * @param tenantId the tenant of the authenticated caller; every event gets it
     * @param receivedAt the time of receipt every event gets
     * @throws MalformedBodyException if the body is not well-formed in {@code format}
     * @throws PayloadTooLargeException if the body exceeds the byte or item limit
     * @throws IOException if the body cannot be read, e.g. because the client went away
     */
    public EventBatch read(InputStream body, BodyFormat format, String tenantId, Instant receivedAt)
            throws MalformedBodyException, IOException {
        EventBatch batch = new EventBatch();
        try (JsonParser parser = mapper.createParser(new SizeLimitedInputStream(body, maxBodyBytes))) {
            if (format == BodyFormat.JSON_ARRAY) {
                readArray(parser, batch, tenantId, receivedAt);
            } else {
                readLines(parser, batch, tenantId, receivedAt);
            }
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage(), e.getLocation(), e);
        }
        return batch;
    }

    private void readArray(JsonParser parser, EventBatch batch, String tenantId, Instant receivedAt)
            throws IOException, MalformedBodyException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new MalformedBodyException("the body is empty: send a JSON array of events", null);
        }
        if (first != JsonToken.START_ARRAY) {
            throw malformed("an application/json body must be a JSON array of events, found " + describe(first)
                    + " (send one event as [ {...} ], or use application/x-ndjson)", parser.currentTokenLocation(), null);
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            addItem(parser, batch, tenantId, receivedAt);
        }
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw malformed("unexpected " + describe(trailing) + " after the array", parser.currentTokenLocation(), null);
        }
    }

    private void readLines(JsonParser parser, EventBatch batch, String tenantId, Instant receivedAt)
            throws IOException, MalformedBodyException {
        int lastLine = 0;
        while (parser.nextToken() != null) {
            JsonLocation start = parser.currentTokenLocation();
            if (start.getLineNr() <= lastLine) {
                throw malformed("a second JSON value starts on the same line: NDJSON takes one event per line", start, null);
            }
            addItem(parser, batch, tenantId, receivedAt);
            lastLine = parser.currentLocation().getLineNr();
        }
    }

    private void addItem(JsonParser parser, EventBatch batch, String tenantId, Instant receivedAt) throws IOException {
        int index = batch.size();
        if (index >= maxEvents) {
            throw new PayloadTooLargeException("the body holds more than " + maxEvents + " events, the limit per request");
        }
        JsonNode item = mapper.readTree(parser);
        batch.add(index, EventJson.read(item, tenantId, receivedAt));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    private static MalformedBodyException malformed(String problem, JsonLocation location, Throwable cause) {
        String where = location == null || location.getLineNr() < 0
                ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new MalformedBodyException("malformed JSON" + where + ": " + problem, cause);
    }
}
