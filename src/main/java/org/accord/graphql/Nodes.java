package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;

/** Typed look-ups by global id: {@code actor(id:)}, {@code event(id:)}, ... */
public final class Nodes {

    private Nodes() {
    }

    /** The record of {@code type} with this global id, or null if none; an id of another type is an error. */
    public static <N extends AccordEntity> N find(Class<N> type, String typeName, String id) {
        return Panache.getEntityManager().find(type, GlobalId.decode(id, typeName));
    }
}
