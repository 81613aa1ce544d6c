package org.accord.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity as a fact that sources may be cited for: its GraphQL type has a {@code sources}
 * field, and {@code addCitation} accepts its ids. The citable types are read from the entities that
 * carry it, so the package of citations names no feature package. An annotation, not an interface,
 * because SmallRye GraphQL would publish an interface in the schema.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Citable {
}
