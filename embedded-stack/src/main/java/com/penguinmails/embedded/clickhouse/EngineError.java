package com.penguinmails.embedded.clickhouse;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error as a ClickHouse server reports it over HTTP: its code, the HTTP status a real server picks for that code,
 * and the body text {@code Code: N. DB::Exception: ... (NAME)}.
 */
record EngineError(int code, String name, String message) {

    static final int SYNTAX_ERROR = 62;
    static final int QUERY_IS_TOO_LARGE = 229;
    static final int UNKNOWN_TYPE_OF_QUERY = 78;
    static final int CANNOT_SCHEDULE_TASK = 439;
    static final int STD_EXCEPTION = 1001;

    private static final Pattern CODE = Pattern.compile("Code: (\\d+)\\. ");
    private static final Pattern REPEATED_PREFIX =
            Pattern.compile("(Code: (\\d+)\\. DB::Exception: )(?=Code: \\2\\. DB::Exception: )");
    private static final Pattern NAME = Pattern.compile("\\(([A-Z][A-Z0-9_]+)\\)(?: \\(version [^)]*\\))?\\s*$");

    // The code-to-status rules of ClickHouse's HTTPHandler, by error name (chDB appends the name to each message).
    private static final Set<String> BAD_REQUEST = Set.of("BAD_ARGUMENTS", "CANNOT_COMPILE_REGEXP",
            "CANNOT_PARSE_TEXT", "CANNOT_PARSE_ESCAPE_SEQUENCE", "CANNOT_PARSE_QUOTED_STRING", "CANNOT_PARSE_DATE",
            "CANNOT_PARSE_DATETIME", "CANNOT_PARSE_NUMBER", "CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING",
            "CANNOT_PARSE_IPV4", "CANNOT_PARSE_IPV6", "CANNOT_PARSE_INPUT_ASSERTION_FAILED", "CANNOT_PARSE_UUID",
            "DUPLICATE_COLUMN", "ILLEGAL_COLUMN", "UNKNOWN_ELEMENT_IN_AST", "UNKNOWN_TYPE_OF_AST_NODE",
            "THERE_IS_NO_DEFAULT_VALUE", "TOO_DEEP_AST", "TOO_BIG_AST", "UNEXPECTED_AST_STRUCTURE", "SYNTAX_ERROR",
            "INCORRECT_DATA", "TYPE_MISMATCH", "VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE");
    private static final Set<String> NOT_FOUND = Set.of("UNKNOWN_TABLE", "UNKNOWN_FUNCTION", "UNKNOWN_IDENTIFIER",
            "UNKNOWN_TYPE", "UNKNOWN_STORAGE", "UNKNOWN_DATABASE", "UNKNOWN_SETTING", "UNKNOWN_DIRECTION_OF_SORTING",
            "UNKNOWN_AGGREGATE_FUNCTION", "UNKNOWN_FORMAT", "UNKNOWN_DATABASE_ENGINE", "UNKNOWN_TYPE_OF_QUERY",
            "UNKNOWN_ROLE");
    private static final Map<String, Integer> OTHER_STATUSES = Map.of(
            "REQUIRED_PASSWORD", 401,
            "UNKNOWN_USER", 403,
            "WRONG_PASSWORD", 403,
            "AUTHENTICATION_FAILED", 403,
            "QUERY_IS_TOO_LARGE", 413,
            "NOT_IMPLEMENTED", 501,
            "SOCKET_TIMEOUT", 503,
            "CANNOT_OPEN_FILE", 503,
            "TIMEOUT_EXCEEDED", 408,
            "CANNOT_SCHEDULE_TASK", 503);

    /** Reads the code and name out of an engine message; an unrecognisable message becomes code 1001. */
    static EngineError fromEngineMessage(String engineMessage) {
        String message = withoutRepetition(engineMessage.strip());
        Matcher code = CODE.matcher(message);
        Matcher name = NAME.matcher(message);
        String errorName = name.find() ? name.group(1) : "";
        if (code.find()) {
            return new EngineError(Integer.parseInt(code.group(1)), errorName, message.substring(code.start()));
        }
        return of(STD_EXCEPTION, "STD_EXCEPTION", message);
    }

    /** An error raised by the HTTP front end itself, worded as the engine would. */
    static EngineError of(int code, String name, String text) {
        return new EngineError(code, name, "Code: " + code + ". DB::Exception: " + text + ". (" + name + ")");
    }

    /** The HTTP status a ClickHouse server answers this error with. */
    int httpStatus() {
        if (BAD_REQUEST.contains(name)) {
            return 400;
        }
        if (NOT_FOUND.contains(name)) {
            return 404;
        }
        return OTHER_STATUSES.getOrDefault(name, 500);
    }

    /** The response body: the message and a line break, as a server sends it. */
    String body() {
        return message + "\n";
    }

    // chDB sometimes repeats the whole message ("Code: 60. ... (UNKNOWN_TABLE)Code: 60. ... (UNKNOWN_TABLE)"), or
    // its prefix ("Code: 27. DB::Exception: Code: 27. DB::Exception: Cannot parse ...").
    private static String withoutRepetition(String message) {
        Matcher prefix = REPEATED_PREFIX.matcher(message);
        if (prefix.lookingAt()) {
            message = message.substring(prefix.end(1));
        }
        int length = message.length();
        if (length % 2 == 0 && message.substring(0, length / 2).equals(message.substring(length / 2))) {
            return message.substring(0, length / 2).strip();
        }
        int second = message.indexOf("Code: ", 1);
        if (second > 0) {
            String first = message.substring(0, second).strip();
            if (message.substring(second).strip().equals(first)) {
                return first;
            }
        }
        return message;
    }
}
