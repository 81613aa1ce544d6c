package org.accord.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A SHA-256 digest of every table's content, to prove that a run of requests changed nothing. The
 * tables come from INFORMATION_SCHEMA, so tables added by later migrations are included without
 * changing this class; Flyway's history is left out. Each table is read with {@code SELECT *}
 * ordered by its primary key (or by every column when it has none), and every column of every row
 * goes into the digest, nulls and lengths included, so that no two contents give the same bytes.
 */
public final class TableDigests {

    private static final String HISTORY = "flyway_schema_history";

    private TableDigests() {
    }

    /** Table name (lower case) to the hex SHA-256 of its rows, for every table of the current schema. */
    public static Map<String, String> of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> digests = new TreeMap<>();
            for (String table : tables(c)) {
                digests.put(table, digest(c, table));
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not digest the tables", e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!table.equalsIgnoreCase(HISTORY)) {
                    tables.add(table);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("INFORMATION_SCHEMA lists no table in the current schema");
        }
        return tables;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select k.column_name from information_schema.table_constraints t
                join information_schema.key_column_usage k
                  on k.constraint_name = t.constraint_name and k.table_schema = t.table_schema and k.table_name = t.table_name
                where t.constraint_type = 'PRIMARY KEY' and t.table_schema = current_schema() and t.table_name = ?
                order by k.ordinal_position""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(quote(rs.getString(1)));
                }
            }
        }
        return columns;
    }

    private static String digest(Connection c, String table) throws SQLException {
        List<String> key = primaryKey(c, table);
        String order = key.isEmpty() ? everyColumn(c, table) : String.join(", ", key);
        try (PreparedStatement s = c.prepareStatement("select * from " + quote(table) + " order by " + order)) {
            return hash(s, sha256());
        }
    }

    /** "1, 2, ..., n": ordering by every column, for a table without a primary key. */
    private static String everyColumn(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select * from " + quote(table) + " where 1 = 0");
                ResultSet rs = s.executeQuery()) {
            StringBuilder order = new StringBuilder("1");
            for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                order.append(", ").append(i);
            }
            return order.toString();
        }
    }

    private static String hash(PreparedStatement s, MessageDigest sha) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
                field(sha, rs.getMetaData().getColumnName(i).toLowerCase().getBytes(StandardCharsets.UTF_8));
            }
            while (rs.next()) {
                sha.update((byte) 'R');
                for (int i = 1; i <= n; i++) {
                    int type = rs.getMetaData().getColumnType(i);
                    byte[] value = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB
                            ? rs.getBytes(i)
                            : text(rs.getString(i));
                    field(sha, value);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] text(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    /** A value as its length and bytes, or -1 for null. */
    private static void field(MessageDigest sha, byte[] value) {
        int length = value == null ? -1 : value.length;
        sha.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        if (value != null) {
            sha.update(value);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
