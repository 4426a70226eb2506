package com.penguinmails.operational.errors;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Recognises PostgreSQL unique-constraint violations (SQLState 23505) in an exception's causes and describes them by
 * column names only: the values in PostgreSQL's detail may be personal data or secrets and never reach the client.
 */
final class UniqueViolations {

    static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)=");

    private UniqueViolations() {
    }

    /** The client message for a unique violation among the causes of {@code failure}, if there is one. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(message(detail(sql)));
            }
        }
        return Optional.empty();
    }

    /** The message for PostgreSQL's {@code detail} of the violation (null when unknown). */
    static String message(String detail) {
        Matcher columns = detail == null ? null : KEY_COLUMNS.matcher(detail);
        if (columns == null || !columns.find()) {
            return "already exists";
        }
        // The tenant column is in most keys but says nothing to a client who only sees its own tenant.
        String names = Arrays.stream(columns.group(1).split(","))
                .map(String::strip)
                .filter(name -> !name.equals("tenant_id"))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "already exists" : "already exists: another record has the same " + names;
    }

    private static String detail(SQLException failure) {
        if (failure instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            return server == null ? null : server.getDetail();
        }
        return null;
    }
}
