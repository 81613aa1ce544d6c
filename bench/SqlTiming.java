import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;

/**
 * Times single SQL statements against a benchmark database, outside the server: the evidence for
 * "What still grows with the data" in docs/benchmarks.md.
 *
 * <pre>
 * java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar bench/SqlTiming.java \
 *   "jdbc:h2:./target/bench/db-h2-L/accord;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=FALSE" \
 *   200 512,534,501 "select count(*) from event e where e.process_id = ?"
 * </pre>
 *
 * Runs each statement N times with its parameters (every {@code ?} gets the same id) cycling through the ids, twice (the first
 * pass warms up the JIT and the caches), and prints the mean time of the second pass and the rows
 * per run. The server must be stopped (H2 opens the file exclusively). OPTIMIZE_REUSE_RESULTS=FALSE
 * stops H2 from answering a repeated query from its result cache.
 */
public class SqlTiming {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java -cp H2_OR_PG_DRIVER bench/SqlTiming.java JDBC_URL N ID,ID,... SQL_WITH_?S ...");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        long[] ids = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        try (Connection c = DriverManager.getConnection(args[0], System.getProperty("user", "accord"), System.getProperty("password", ""))) {
            for (int i = 3; i < args.length; i++) {
                try (PreparedStatement s = c.prepareStatement(args[i])) {
                    int parameters = s.getParameterMetaData().getParameterCount();
                    long rows = 0;
                    long start = 0;
                    for (int pass = 0; pass < 2; pass++) {
                        start = System.nanoTime();
                        rows = 0;
                        for (int run = 0; run < n; run++) {
                            for (int k = 1; k <= parameters; k++) {
                                s.setLong(k, ids[run % ids.length]);
                            }
                            try (ResultSet r = s.executeQuery()) {
                                while (r.next()) {
                                    rows++;
                                }
                            }
                        }
                    }
                    System.out.printf("%8.3f ms  rows/run=%d  %s%n", (System.nanoTime() - start) / 1e6 / n, rows / n, args[i]);
                }
            }
        }
    }
}
