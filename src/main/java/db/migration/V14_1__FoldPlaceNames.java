package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.accord.graphql.Folding;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 14.1: folds the names of the places stored before V14 added
 * {@code place.search_text}. It is written in Java because no SQL that both databases share folds
 * as {@link Folding} does ("Şuşa" to "susa"); the entity folds every name written after it.
 * It lives in the package of its location, db/migration, where Flyway and Quarkus look for
 * Java migrations (elsewhere Quarkus does not run it: FoldPlaceNamesTest).
 */
public class V14_1__FoldPlaceNames extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement read = context.getConnection().createStatement();
                ResultSet places = read.executeQuery("select id, name from place where search_text is null");
                PreparedStatement write = context.getConnection().prepareStatement("update place set search_text = ? where id = ?")) {
            while (places.next()) {
                write.setString(1, Folding.fold(places.getString(2)));
                write.setLong(2, places.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
