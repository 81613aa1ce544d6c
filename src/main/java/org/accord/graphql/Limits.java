package org.accord.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * Accord's own request limits ({@code accord.limits.*}; the values are set in
 * application.properties; docs/configuration.md, "Limits", lists them with the Quarkus and SmallRye
 * ones). Every refusal is a {@link LimitExceededException} whose message names the limit and its
 * setting, e.g. {@link #setting(String) setting("max-aliases")}.
 */
@ConfigMapping(prefix = "accord.limits")
public interface Limits {

    /** The prefix of every setting here. */
    String PREFIX = "accord.limits.";

    /** Most estimated records (nodes) one operation may fetch: its cost, see org.accord.execution.OperationLimits. */
    long maxCost();

    /** Largest page of a connection (first or last); checked by {@link Page#of}. */
    int maxPageSize();

    /** Most aliased fields in one operation (fragments counted where they are spread). */
    int maxAliases();

    /** Deepest nesting of fields in one operation; a top-level field is 1 deep. */
    int maxDepth();

    /** Most fields in one operation, at every level (fragments counted where they are spread). */
    int maxFields();

    /** Most fields at the top level of one operation. */
    int maxRootFields();

    /**
     * Most matches {@code search} counts for its {@code totalCount}; past it the count stops and
     * says so ({@code totalCountIsExact: false}). Not a refusal: counting every match of a common
     * word costs what the database holds.
     */
    int searchCount();

    /** How long one GraphQL request may run; also each SQL statement's timeout. */
    Duration requestTimeout();

    /** Largest dossier {@code importDossier} accepts, in UTF-8 bytes. */
    MemorySize dossierMaxBytes();

    /** Most JSON objects (records and their nested entries) in one dossier. */
    int dossierMaxRecords();

    /** The full name of a setting: {@code setting("max-aliases")} is {@code accord.limits.max-aliases}. */
    static String setting(String name) {
        return PREFIX + name;
    }
}
