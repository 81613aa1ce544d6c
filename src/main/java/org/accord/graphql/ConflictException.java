package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import io.smallrye.graphql.api.ErrorCode;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** The request conflicts with the stored state: a stale version, a duplicate key, a record others depend on. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {
    public ConflictException(String message) {
        super(message);
    }

    /**
     * Optimistic locking for mutations: refuses the change unless the client read {@code record}
     * at {@code expectedVersion}, then marks the record changed so that its version increments
     * exactly once, also when only records it owns change (an actor's names, a statement's quotes).
     *
     * <p>"Exactly once" needs one flush: from here on the transaction writes its changes only at
     * {@link #flush()} (flush mode COMMIT), because a query issued while the change is being made,
     * such as an id look-up, would otherwise flush it half-made and count a second version.
     * Hibernate checks the version again in the UPDATE or DELETE, so a change committed by another
     * request between this check and the flush is caught there.
     */
    public static void requireVersion(AccordEntity record, int expectedVersion) {
        if (record.version != expectedVersion) {
            throw new ConflictException(record.typeName() + " " + record.getId() + " is at version " + record.version
                    + ", not " + expectedVersion + ": read it again and retry");
        }
        Panache.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        record.updatedAt = OffsetDateTime.now();
    }

    /**
     * Writes the transaction's pending changes now, inside the mutation, so that what the database
     * refuses reaches the client as CONFLICT rather than as a failed commit: a record changed or
     * deleted meanwhile (optimistic lock), or a unique or foreign key a concurrent request took.
     */
    public static void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException("A record this change touches was changed or deleted by another request meanwhile: read it again and retry");
        } catch (PersistenceException e) {
            ConstraintViolationException violation = e instanceof ConstraintViolationException c1 ? c1
                    : e.getCause() instanceof ConstraintViolationException c2 ? c2 : null;
            if (violation != null) {
                String name = violation.getConstraintName();
                throw new ConflictException("The change conflicts with stored data" + (name == null ? "" : " (" + name.toLowerCase() + ")")
                        + ", probably written by another request meanwhile: read it again and retry");
            }
            throw e;
        }
    }

    /** Starts a refusal to delete {@code record}, which is described as in messages, e.g. "Actor QWN0b3I6NTE ('Armenia')". */
    public static Dependents dependents(String record) {
        return new Dependents(record);
    }

    /** Counts what depends on a record and refuses its deletion when anything does. */
    public static final class Dependents {
        private final String record;
        private final List<String> parts = new ArrayList<>();

        private Dependents(String record) {
            this.record = record;
        }

        /** Adds {@code count} dependents, e.g. {@code (3, "participation", "participations")}. */
        /** Adds the count of {@code hql} (a {@code select count(...)} with parameter {@code :id}) for record {@code pk}. */
        public Dependents add(String hql, long pk, String singular, String plural) {
            return add(io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createQuery(hql, Long.class)
                    .setParameter("id", pk).getSingleResult(), singular, plural);
        }

        public Dependents add(long count, String singular, String plural) {
            if (count > 0) {
                parts.add(count + " " + (count == 1 ? singular : plural));
            }
            return this;
        }

        /**
         * Throws CONFLICT if anything depends on the record: "Actor X ('Y') is referenced by 3
         * participations and 2 commitments (obligor); remove or merge them first".
         */
        public void refuseDeletion(String advice) {
            if (parts.isEmpty()) {
                return;
            }
            String list = parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
            throw new ConflictException(record + " is referenced by " + list + "; " + advice);
        }
    }
}
