package com.penguinmails.embedded.clickhouse;

/**
 * Splits the head of a ClickHouse SQL statement into tokens, enough to find clause keywords outside of literals,
 * quoted identifiers, comments and brackets.
 *
 * <p>Works on bytes (UTF-8 text stays multi-byte, which only ever appears inside words or literals) and on a
 * possibly partial buffer: when a token might continue past the available bytes and more may follow, the tokenizer
 * reports {@link Kind#INCOMPLETE} instead of guessing.
 */
final class SqlTokenizer {

    /** What the last call to {@link #next()} found. */
    enum Kind { WORD, OPEN, CLOSE, LITERAL, SYMBOL, END, INCOMPLETE }

    private final byte[] text;
    private final int length;
    private final boolean complete;
    private int position;
    private int depth;
    private int tokenStart;
    private int tokenEnd;

    /**
     * @param complete whether {@code text[0, length)} is the whole statement, or more bytes may follow
     */
    SqlTokenizer(byte[] text, int length, boolean complete) {
        this.text = text;
        this.length = length;
        this.complete = complete;
    }

    /** Advances to the next token, skipping whitespace and comments. */
    Kind next() {
        if (!skipSpaceAndComments()) {
            return Kind.INCOMPLETE;
        }
        tokenStart = position;
        if (position == length) {
            tokenEnd = position;
            return complete ? Kind.END : Kind.INCOMPLETE;
        }
        int c = text[position] & 0xff;
        if (isWordChar(c)) {
            while (position < length && isWordChar(text[position] & 0xff)) {
                position++;
            }
            if (position == length && !complete) {
                return Kind.INCOMPLETE;
            }
            tokenEnd = position;
            return Kind.WORD;
        }
        if (c == '\'' || c == '"' || c == '`') {
            if (!skipQuoted(c)) {
                return Kind.INCOMPLETE;
            }
            tokenEnd = position;
            return Kind.LITERAL;
        }
        position++;
        tokenEnd = position;
        if (c == '(' || c == '[' || c == '{') {
            depth++;
            return Kind.OPEN;
        }
        if (c == ')' || c == ']' || c == '}') {
            depth = Math.max(0, depth - 1);
            return Kind.CLOSE;
        }
        return Kind.SYMBOL;
    }

    /** Whether the current token is the given keyword (ASCII, case-insensitive) outside of any brackets. */
    boolean isTopLevelKeyword(Kind kind, String keyword) {
        if (kind != Kind.WORD || depth != 0 || tokenEnd - tokenStart != keyword.length()) {
            return false;
        }
        for (int i = 0; i < keyword.length(); i++) {
            if (Character.toUpperCase((char) (text[tokenStart + i] & 0xff)) != keyword.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int tokenStart() {
        return tokenStart;
    }

    int tokenEnd() {
        return tokenEnd;
    }

    int depth() {
        return depth;
    }

    private boolean skipSpaceAndComments() {
        while (position < length) {
            int c = text[position] & 0xff;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                position++;
            } else if (c == '-' && position + 1 < length && text[position + 1] == '-') {
                while (position < length && text[position] != '\n') {
                    position++;
                }
            } else if (c == '/' && position + 1 < length && text[position + 1] == '*') {
                int end = indexOf("*/", position + 2);
                if (end < 0) {
                    position = length;
                    return complete;
                }
                position = end + 2;
            } else if ((c == '-' || c == '/') && position + 1 == length && !complete) {
                return false;
            } else {
                return true;
            }
        }
        return true;
    }

    private boolean skipQuoted(int quote) {
        position++;
        while (position < length) {
            int c = text[position] & 0xff;
            if (c == '\\') {
                position += 2;
            } else if (c == quote) {
                if (position + 1 < length && text[position + 1] == quote) {
                    position += 2;
                } else if (position + 1 == length && !complete) {
                    return false;
                } else {
                    position++;
                    return true;
                }
            } else {
                position++;
            }
        }
        position = length;
        return complete;
    }

    private int indexOf(String needle, int from) {
        outer:
        for (int i = from; i <= length - needle.length(); i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (text[i + j] != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isWordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                || c >= 0x80;
    }
}
