package com.penguinmails.streamjobs.provider;

/** Thrown when a mailbox-provider data file cannot be read or one of its lines is malformed; names the file and line. */
public final class ProviderDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem at {@code line} (1-based; 0 when the whole file is at fault) of {@code file}. */
    public ProviderDataException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
