package com.penguinmails.clickhouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned ClickHouse DDL file: its name ({@code V0001__events.sql}), version (1), text and SHA-256 checksum.
 *
 * @param version the number after {@code V}; unique and increasing in the migration list
 * @param name the file name, recorded in {@code schema_migrations.name}
 * @param sql the whole file as UTF-8 text
 */
public record Migration(int version, String name, String sql) {

    /** Where {@code schemas} keeps the platform's migrations (with an {@code INDEX} file listing them in order). */
    public static final String PLATFORM_MIGRATIONS = "clickhouse/migrations";

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /**
     * Creates a migration from a file name of the form {@code V<digits>__<words>.sql} and its text.
     *
     * @throws IllegalArgumentException if the name does not have that form
     */
    public static Migration of(String name, String sql) {
        Matcher matcher = FILE_NAME.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Migration file name " + name + " is not of the form V0001__description.sql");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), name, sql);
    }

    /**
     * Loads the migrations listed, one file name per line, in {@code <directory>/INDEX} on the classpath, in that order.
     * Blank lines and lines starting with {@code #} are ignored.
     *
     * @throws IllegalStateException if the index or a listed file is missing, or versions are not strictly increasing
     */
    public static List<Migration> fromClasspath(String directory) {
        ClassLoader loader = Migration.class.getClassLoader();
        List<Migration> migrations = new ArrayList<>();
        for (String line : read(loader, directory + "/INDEX").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Migration migration = of(name, read(loader, directory + "/" + name));
            if (!migrations.isEmpty() && migration.version() <= migrations.get(migrations.size() - 1).version()) {
                throw new IllegalStateException("Migration " + name + " is listed after "
                        + migrations.get(migrations.size() - 1).name() + " but its version is not higher");
            }
            migrations.add(migration);
        }
        return List.copyOf(migrations);
    }

    /** Lower-case hex SHA-256 of the file's UTF-8 bytes. */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The file's statements in order, without their terminating {@code ;}. A statement ends at a line whose last
     * non-blank character is {@code ;}; chunks made only of blank lines and {@code --} comments are dropped. A {@code ;}
     * at the end of a line inside a string literal would split it, so DDL files must not contain one.
     */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasCode = false;
        for (String line : sql.split("\r?\n", -1)) {
            String trimmed = line.strip();
            current.append(line).append('\n');
            if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                hasCode = true;
            }
            if (trimmed.endsWith(";") && !trimmed.startsWith("--")) {
                addStatement(statements, current, hasCode);
                current.setLength(0);
                hasCode = false;
            }
        }
        addStatement(statements, current, hasCode);
        return statements;
    }

    private static void addStatement(List<String> statements, StringBuilder chunk, boolean hasCode) {
        if (!hasCode) {
            return;
        }
        String statement = chunk.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        statements.add(statement);
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
        }
    }
}
