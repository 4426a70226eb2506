package com.penguinmails.embedded.clickhouse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the start of a request's SQL to tell an INSERT carrying inline data (whose data must not reach the engine
 * inline) from every other statement, and finds where that data starts.
 *
 * <p>The data of {@code INSERT INTO t [(cols)] [SETTINGS ...] FORMAT X} starts after the format name, its trailing
 * blanks and at most one line break, as in ClickHouse's own parser; the data of {@code INSERT ... VALUES} starts right
 * after {@code VALUES}. {@code INSERT ... SELECT} carries no data.
 */
final class StatementHead {

    /** The outcome of {@link #scan}. */
    sealed interface Scan permits NeedMoreInput, PlainStatement, InlineDataInsert {
    }

    /** The bytes so far do not decide yet: read more of the request and scan again. */
    record NeedMoreInput() implements Scan {
    }

    /** Anything but an INSERT with inline data: the whole request is the statement. */
    record PlainStatement() implements Scan {
    }

    /**
     * An INSERT with inline data.
     *
     * @param target     the statement up to and including the table and column list
     * @param settings   the statement's SETTINGS clause, or an empty string
     * @param format     the input format of the data ({@code Values} for {@code VALUES})
     * @param dataOffset where the data starts in the scanned bytes
     */
    record InlineDataInsert(String target, String settings, String format, int dataOffset) implements Scan {

        /** The same INSERT reading its data from a file instead of inline. */
        String fromFile(String path) {
            String quoted = "'" + path.replace("\\", "\\\\").replace("'", "\\'") + "'";
            return target + " FROM INFILE " + quoted + (settings.isEmpty() ? "" : " " + settings) + " FORMAT " + format;
        }
    }

    private StatementHead() {
    }

    /**
     * Classifies the statement starting at {@code text[0]}.
     *
     * @param complete whether {@code text[0, length)} is the whole request, or more may follow
     */
    static Scan scan(byte[] text, int length, boolean complete) {
        SqlTokenizer tokens = new SqlTokenizer(text, length, complete);
        SqlTokenizer.Kind kind = tokens.next();
        if (kind == SqlTokenizer.Kind.INCOMPLETE) {
            return new NeedMoreInput();
        }
        if (!tokens.isTopLevelKeyword(kind, "INSERT")) {
            return new PlainStatement();
        }
        int statementStart = tokens.tokenStart();
        int settingsStart = -1;
        while (true) {
            kind = tokens.next();
            switch (kind) {
                case INCOMPLETE:
                    return new NeedMoreInput();
                case END:
                    return new PlainStatement();
                default:
                    break;
            }
            if (tokens.isTopLevelKeyword(kind, "SELECT") || tokens.isTopLevelKeyword(kind, "WITH")
                    || tokens.isTopLevelKeyword(kind, "FROM")) {
                return new PlainStatement();
            }
            if (tokens.isTopLevelKeyword(kind, "SETTINGS") && settingsStart < 0) {
                settingsStart = tokens.tokenStart();
            } else if (tokens.isTopLevelKeyword(kind, "VALUES")) {
                return insert(text, statementStart, settingsStart, tokens.tokenStart(), "Values", tokens.tokenEnd());
            } else if (tokens.isTopLevelKeyword(kind, "FORMAT")) {
                int clauseStart = tokens.tokenStart();
                SqlTokenizer.Kind name = tokens.next();
                if (name == SqlTokenizer.Kind.INCOMPLETE) {
                    return new NeedMoreInput();
                }
                if (name != SqlTokenizer.Kind.WORD) {
                    return new PlainStatement();
                }
                String format = ascii(text, tokens.tokenStart(), tokens.tokenEnd());
                int dataOffset = dataStartAfterFormatName(text, length, complete, tokens.tokenEnd());
                if (dataOffset < 0) {
                    return new NeedMoreInput();
                }
                return insert(text, statementStart, settingsStart, clauseStart, format, dataOffset);
            }
        }
    }

    /**
     * The format named by the last top-level {@code FORMAT} clause of a complete statement, or null if it has none.
     */
    static String formatClause(String sql) {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        SqlTokenizer tokens = new SqlTokenizer(text, text.length, true);
        String format = null;
        SqlTokenizer.Kind kind;
        while ((kind = tokens.next()) != SqlTokenizer.Kind.END) {
            if (tokens.isTopLevelKeyword(kind, "FORMAT")) {
                if (tokens.next() == SqlTokenizer.Kind.WORD) {
                    format = ascii(text, tokens.tokenStart(), tokens.tokenEnd());
                }
            }
        }
        return format;
    }

    /** The first keyword of a complete statement, upper-cased, or an empty string. */
    static String firstKeyword(String sql) {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        SqlTokenizer tokens = new SqlTokenizer(text, text.length, true);
        SqlTokenizer.Kind kind = tokens.next();
        return kind == SqlTokenizer.Kind.WORD
                ? ascii(text, tokens.tokenStart(), tokens.tokenEnd()).toUpperCase(Locale.ROOT)
                : "";
    }

    /**
     * The settings a {@code SET a = 1, b = 'x'} statement changes, in order; empty for anything else, including the
     * {@code SET ROLE} family.
     */
    static List<String> settingsChangedBy(String sql) {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        SqlTokenizer tokens = new SqlTokenizer(text, text.length, true);
        List<String> names = new ArrayList<>();
        if (!tokens.isTopLevelKeyword(tokens.next(), "SET")) {
            return names;
        }
        boolean expectName = true;
        String candidate = null;
        SqlTokenizer.Kind kind;
        while ((kind = tokens.next()) != SqlTokenizer.Kind.END) {
            if (tokens.depth() > 0 || kind == SqlTokenizer.Kind.OPEN) {
                continue;
            }
            String token = ascii(text, tokens.tokenStart(), tokens.tokenEnd());
            if (expectName && (kind == SqlTokenizer.Kind.WORD || kind == SqlTokenizer.Kind.LITERAL)) {
                candidate = kind == SqlTokenizer.Kind.LITERAL ? token.substring(1, token.length() - 1) : token;
                expectName = false;
            } else if (!expectName && candidate != null && token.equals("=")) {
                names.add(candidate);
                candidate = null;
            } else if (token.equals(",")) {
                expectName = true;
                candidate = null;
            }
        }
        return names;
    }

    private static Scan insert(byte[] text, int statementStart, int settingsStart, int clauseStart, String format,
            int dataOffset) {
        int targetEnd = settingsStart < 0 ? clauseStart : settingsStart;
        String target = utf8(text, statementStart, targetEnd).strip();
        String settings = settingsStart < 0 ? "" : utf8(text, settingsStart, clauseStart).strip();
        return new InlineDataInsert(target, settings, format, dataOffset);
    }

    /** Mirrors ClickHouse: skip blanks up to the end of the line, then one {@code \r}, then one {@code \n}. */
    private static int dataStartAfterFormatName(byte[] text, int length, boolean complete, int position) {
        while (position < length && (text[position] == ' ' || text[position] == '\t' || text[position] == '\f')) {
            position++;
        }
        if (position == length) {
            return complete ? position : -1;
        }
        if (text[position] == '\r') {
            position++;
            if (position == length) {
                return complete ? position : -1;
            }
        }
        if (text[position] == '\n') {
            position++;
        }
        return position;
    }

    private static String ascii(byte[] text, int from, int to) {
        return new String(text, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] text, int from, int to) {
        return new String(text, from, to - from, StandardCharsets.UTF_8);
    }
}
