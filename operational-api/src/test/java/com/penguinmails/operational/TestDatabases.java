package com.penguinmails.operational;

import com.penguinmails.embedded.EmbeddedStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
}
