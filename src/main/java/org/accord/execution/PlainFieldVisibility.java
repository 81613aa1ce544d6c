package org.accord.execution;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.config.Config;

/**
 * Every field visible, without a pattern match on every field that a query looks up.
 *
 * <p>SmallRye GraphQL 2.17 reads its {@code field-visibility} setting, whose default is the word
 * {@code default}, as a list of patterns unless it is {@code no-introspection}: by default, then,
 * graphql-java checks every field it looks up against the regular expression {@code default},
 * which blocks nothing (0.8-1.3% of the server's CPU in a traversal profile). When the setting is
 * left at its default, the schema gets graphql-java's own default visibility instead; any other
 * setting is kept as SmallRye built it. Applied while {@link LeanDataFetchers} rebuilds the code
 * registry, so that the schema is not built once more for it.
 */
final class PlainFieldVisibility {

    private PlainFieldVisibility() {
    }

    static void apply(GraphQLCodeRegistry.Builder registry) {
        if (Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
    }
}
