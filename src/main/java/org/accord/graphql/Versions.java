package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.FlushModeType;
import java.time.OffsetDateTime;

/** Optimistic locking for mutations: a change applies only to the version of a record the client read. */
public final class Versions {

    private Versions() {
    }

    /**
     * The record of {@code type} that an update or delete names by {@code input.id} (NOT_FOUND if
     * none), at the version the client read ({@code input.expectedVersion}).
     */
    public static <N extends AccordEntity> N require(Class<N> type, String id, int expectedVersion) {
        N record = Nodes.require(type, id, "input.id");
        check(record, expectedVersion);
        return record;
    }

    /**
     * Refuses the change (CONFLICT) unless the client read {@code record} at {@code expectedVersion},
     * then marks the record changed so that its version increments exactly once, also when only
     * records it owns change (an actor's names, a statement's quotes).
     *
     * <p>"Exactly once" needs one flush: from here on the transaction writes its changes only when
     * the mutation ends ({@link MutationInterceptor}; flush mode COMMIT), because a query issued
     * while the change is being made, such as an id look-up, would otherwise flush it half-made and
     * count a second version. Hibernate checks the version again in the UPDATE or DELETE, so a
     * change committed by another request between this check and the flush is caught there.
     */
    public static void check(AccordEntity record, int expectedVersion) {
        if (record.version != expectedVersion) {
            throw new ConflictException(record.typeName() + " " + record.getId() + " is at version " + record.version
                    + ", not " + expectedVersion + ": read it again and retry");
        }
        Panache.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        record.updatedAt = OffsetDateTime.now();
    }
}
