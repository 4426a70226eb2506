package com.penguinmails.streamjobs.classification;

/** Thrown when a classification data file cannot be read or one of its lines is malformed; names the file and line. */
public final class ClassificationDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /** A problem at {@code line} (1-based; 0 when the whole file is at fault) of {@code file}. */
    public ClassificationDataException(String file, int line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public ClassificationDataException(String file, int line, String message) {
        this(file, line, message, null);
    }

    /** The data file's name, as given to the loader. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
