package org.accord.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Connections;
import org.accord.graphql.Folding;
import org.accord.graphql.Limits;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.SearchResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * {@code search}: one ranked list over actors (all their names), events (title and summary),
 * statements (summary and quotes), commitments (description) and places (name).
 *
 * <p>Texts are compared folded (case and diacritics ignored, {@link Folding}). A record matches
 * when its text contains every word of the query; it ranks 0 when the text is the query, 1 when it
 * starts with it, 2 when it contains it as a phrase, 3 otherwise; ties go by id. Each type is read
 * with the same keyset conditions ({@link TextSearch}), and the five ordered slices are merged, so
 * paging is exact across types. The total is counted up to {@code accord.limits.search-count}.
 *
 * <p>The page and the count are read in one transaction, so that they see the same records, and
 * so that on PostgreSQL the statements whose best plan depends on the words searched can be
 * planned for them ({@link TextSearch#page}).
 */
@GraphQLApi
public class SearchApi {

    static final int MAX_WORDS = 10;

    @Inject
    Limits limits;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Query
    @NonNull
    @Description("Actors (by any of their names), events, statements (with their quotes), commitments and places whose text contains every word of `text`, ignoring case and accents; best matches first (the whole text, then text starting with it, then containing it as a phrase, then the words apart).")
    public SearchResultConnection search(
            @NonNull @Description("Words to find, e.g. \"peace treaty\" or \"pashinian\".") String text,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        String query = Folding.fold(text);
        if (query.isEmpty()) {
            throw new BadUserInputException("Argument 'text' is blank");
        }
        List<String> words = Arrays.stream(query.split(" ")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new BadUserInputException("Argument 'text' has " + words.size() + " words; search takes at most " + MAX_WORDS);
        }
        Page page = Page.of(first, after, last, before);
        TextSearch search = new TextSearch(query, words, "postgresql".equals(dbKind));
        int countLimit = limits.searchCount();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<TextSearch.Hit> shown = page.size() > 0 ? search.page(page, page.size() + 1) : List.of();
            int counted = search.count(countLimit);
            Map<SearchTarget, Map<Long, AccordEntity>> records = search.load(shown);
            Map<SearchResult, TextSearch.Hit> byRecord = new HashMap<>();
            List<SearchResult> rows = new ArrayList<>();
            for (TextSearch.Hit hit : shown) {
                SearchResult found = (SearchResult) records.get(hit.target()).get(hit.pk());
                if (found != null) { // null when deleted since the slice was read
                    rows.add(found);
                    byRecord.put(found, hit);
                }
            }
            SearchResultConnection connection = Connections.slice(rows, r -> byRecord.get(r).cursor(), page,
                    Math.min(counted, countLimit), SearchResultConnection::new);
            connection.totalCountIsExact = counted <= countLimit;
            return connection;
        });
    }
}
