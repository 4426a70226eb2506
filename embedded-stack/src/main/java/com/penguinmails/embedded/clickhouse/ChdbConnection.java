package com.penguinmails.embedded.clickhouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * One connection to the engine, which runs one statement at a time and keeps session state (current database,
 * settings) between statements.
 *
 * <p>{@link #execute} gives each statement exactly the database and settings it asks for, whatever the previous
 * statement on this connection changed, so that pooled connections behave like a server's stateless HTTP requests.
 * Not thread-safe: a connection belongs to one caller at a time (see {@link ChdbConnectionPool}).
 */
final class ChdbConnection implements AutoCloseable {

    static final String DEFAULT_DATABASE = "default";

    private static final byte[] NO_FORMAT = "TabSeparated".getBytes(StandardCharsets.US_ASCII);

    private final ChdbLibrary library;
    private Pointer handle;
    private final Pointer connection;
    /** The database the session is in, or null when a statement may have changed it. */
    private String currentDatabase = DEFAULT_DATABASE;
    private final Map<String, String> appliedSettings = new HashMap<>();

    private ChdbConnection(ChdbLibrary library, Pointer handle) {
        this.library = library;
        this.handle = handle;
        this.connection = handle.getPointer(0);
    }

    /**
     * Connects to the engine storing its data under {@code dataDir}; the first connection of a process boots it.
     *
     * @throws EngineUnavailableException if the engine refuses, for example because another process holds the
     *                                    directory (the engine prints its reason on standard error)
     */
    static ChdbConnection open(ChdbLibrary library, Path dataDir) {
        Pointer handle = library.chdb_connect(2, new String[] {"clickhouse", "--path=" + dataDir});
        if (handle == null || handle.getPointer(0) == null) {
            throw new EngineUnavailableException("The ClickHouse engine refused a connection to " + dataDir
                    + " (its reason is on standard error)");
        }
        return new ChdbConnection(library, handle);
    }

    /**
     * Runs {@code statement} in its database with its settings, then notes what the statement itself changed in the
     * session. An error switching database or applying settings is returned as the statement's result.
     */
    ChdbResult execute(EngineStatement statement) {
        String database = statement.database() == null ? DEFAULT_DATABASE : statement.database();
        if (!database.equals(currentDatabase)) {
            ChdbResult use = run("USE " + quoteIdentifier(database));
            if (use.error() != null) {
                currentDatabase = null;
                return use;
            }
            use.close();
            currentDatabase = database;
        }
        ChdbResult settings = applySettings(statement.settings());
        if (settings != null) {
            return settings;
        }
        ChdbResult result = statement.parameters().isEmpty()
                ? query(statement.sql(), statement.outputFormat())
                : queryWithParameters(statement.sql(), statement.outputFormat(), statement.parameters());
        forgetSessionChangesOf(statement);
        return result;
    }

    /** Runs a statement exactly as given, without touching the session. */
    ChdbResult run(String sql) {
        return query(sql.getBytes(StandardCharsets.UTF_8), null);
    }

    @Override
    public void close() {
        if (handle != null) {
            library.chdb_close_conn(handle);
            handle = null;
        }
    }

    private ChdbResult query(byte[] sql, String format) {
        byte[] formatBytes = format == null ? NO_FORMAT : format.getBytes(StandardCharsets.US_ASCII);
        return new ChdbResult(library,
                library.chdb_query_n(connection, sql, sql.length, formatBytes, formatBytes.length));
    }

    private ChdbResult queryWithParameters(byte[] sql, String format, Map<String, String> parameters) {
        int count = parameters.size();
        List<byte[]> names = new ArrayList<>(count);
        List<byte[]> values = new ArrayList<>(count);
        long total = 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            byte[] name = parameter.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] value = parameter.getValue().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            values.add(value);
            total += name.length + value.length + 2;
        }
        Memory memory = new Memory(Math.max(1, total));
        Pointer[] namePointers = new Pointer[count];
        Pointer[] valuePointers = new Pointer[count];
        long[] nameLengths = new long[count];
        long[] valueLengths = new long[count];
        long offset = 0;
        for (int i = 0; i < count; i++) {
            offset = copy(memory, offset, names.get(i), namePointers, nameLengths, i);
            offset = copy(memory, offset, values.get(i), valuePointers, valueLengths, i);
        }
        byte[] formatBytes = format.getBytes(StandardCharsets.US_ASCII);
        try {
            return new ChdbResult(library, library.chdb_query_with_params_n(connection, sql, sql.length,
                    formatBytes, formatBytes.length, namePointers, nameLengths, valuePointers, valueLengths, count));
        } finally {
            memory.close();
        }
    }

    private static long copy(Memory memory, long offset, byte[] bytes, Pointer[] pointers, long[] lengths,
            int index) {
        memory.write(offset, bytes, 0, bytes.length);
        memory.setByte(offset + bytes.length, (byte) 0);
        pointers[index] = memory.share(offset);
        lengths[index] = bytes.length;
        return offset + bytes.length + 1;
    }

    /** Brings the session's settings to exactly {@code wanted}; returns the failing result, or null. */
    private ChdbResult applySettings(Map<String, String> wanted) {
        List<String> resets = new ArrayList<>();
        for (String name : appliedSettings.keySet()) {
            if (!wanted.containsKey(name)) {
                resets.add(quoteIdentifier(name) + " = DEFAULT");
            }
        }
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> setting : wanted.entrySet()) {
            if (!Objects.equals(appliedSettings.get(setting.getKey()), setting.getValue())) {
                changes.add(quoteIdentifier(setting.getKey()) + " = " + quoteString(setting.getValue()));
            }
        }
        if (!resets.isEmpty()) {
            ChdbResult reset = run("SET " + String.join(", ", resets));
            if (reset.error() != null) {
                return reset;
            }
            reset.close();
            appliedSettings.keySet().retainAll(wanted.keySet());
        }
        if (!changes.isEmpty()) {
            ChdbResult change = run("SET " + String.join(", ", changes));
            if (change.error() != null) {
                appliedSettings.keySet().removeAll(wanted.keySet());
                resetQuietly(wanted.keySet());
                return change;
            }
            change.close();
            appliedSettings.putAll(wanted);
        }
        return null;
    }

    /**
     * A statement sent by a client may itself be {@code USE} or {@code SET}; on a server it would last for that
     * request only, so the next statement must not inherit it.
     */
    private void forgetSessionChangesOf(EngineStatement statement) {
        String keyword = StatementHead.firstKeyword(statement.head());
        if (keyword.equals("USE")) {
            currentDatabase = null;
        } else if (keyword.equals("SET")) {
            List<String> changed = StatementHead.settingsChangedBy(statement.text());
            changed.forEach(appliedSettings::remove);
            resetQuietly(changed);
        }
    }

    private void resetQuietly(Iterable<String> names) {
        for (String name : names) {
            run("SET " + quoteIdentifier(name) + " = DEFAULT").close();
        }
    }

    static String quoteIdentifier(String identifier) {
        return "`" + identifier.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    static String quoteString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
