package com.penguinmails.operational;

import com.penguinmails.embedded.EmbeddedStack;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Creates fresh databases on the shared embedded PostgreSQL, so each test starts from an empty schema. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * Drops and re-creates database {@code name} and returns a non-pooling data source for it.
     *
     * @param name a plain lower-case identifier chosen by the test
     */
    public static DataSource create(EmbeddedStack stack, String name) throws SQLException {
        try (Connection connection = stack.postgres().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl(stack, name));
        dataSource.setUser(stack.postgres().username());
        dataSource.setPassword(stack.postgres().password());
        return dataSource;
    }

    /** The JDBC URL of database {@code name} on the embedded server. */
    public static String jdbcUrl(EmbeddedStack stack, String name) {
        String url = stack.postgres().jdbcUrl();
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    /**
     * The versions of the service's Flyway migrations, read from the classpath (a directory, or the module's jar when
     * failsafe runs), in ascending order.
     */
    public static List<Integer> migrationVersions() {
        try {
            URI location = TestDatabases.class.getResource("/db/migration").toURI();
            if (!"jar".equals(location.getScheme())) {
                return versionsIn(Path.of(location));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                return versionsIn(jar.getPath("/db/migration"));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the migrations", e);
        }
    }

    private static List<Integer> versionsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .sorted()
                    .toList();
        }
    }

    /** The version of the newest migration, as Flyway reports it. */
    public static String latestMigrationVersion() {
        List<Integer> versions = migrationVersions();
        return Integer.toString(versions.get(versions.size() - 1));
    }
}
