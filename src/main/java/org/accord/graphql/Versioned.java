package org.accord.graphql;

/** An update or delete input: the record's id and the version the client read ({@link Versions}). */
public interface Versioned {

    /** The record's global id. */
    String id();

    /** The version the client read. */
    int expectedVersion();
}
