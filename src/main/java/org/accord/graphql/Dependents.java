package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.List;

/**
 * What depends on a record that a mutation would delete: each kind of dependent is counted, and
 * the deletion is refused (CONFLICT) when any exists, e.g. "Actor QWN0b3I6NTE ('Armenia') is
 * referenced by 3 participations and 2 commitments (obligor); remove them or merge the actor into
 * another first".
 */
public final class Dependents {

    private final String record;
    private final List<String> parts = new ArrayList<>();

    private Dependents(String record) {
        this.record = record;
    }

    /** Starts counting the dependents of {@code record}, called {@code name} in the message (null for none). */
    public static Dependents of(AccordEntity record, String name) {
        return new Dependents(record.typeName() + " " + record.getId() + (name == null ? "" : " ('" + name + "')"));
    }

    /** Adds the count of {@code hql} (a {@code select count(...)} with parameter {@code :id}) for record {@code pk}. */
    public Dependents add(String hql, long pk, String singular, String plural) {
        return add(Panache.getEntityManager().createQuery(hql, Long.class).setParameter("id", pk).getSingleResult(), singular, plural);
    }

    /** Adds {@code count} dependents, e.g. {@code (3, "participation", "participations")}. */
    public Dependents add(long count, String singular, String plural) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? singular : plural));
        }
        return this;
    }

    /** Throws CONFLICT naming every dependent, with {@code advice}, if anything depends on the record. */
    public void refuseDeletion(String advice) {
        if (parts.isEmpty()) {
            return;
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        throw new ConflictException(record + " is referenced by " + list + "; " + advice);
    }
}
