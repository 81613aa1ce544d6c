package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Look-ups by global id: {@code node(id:)}, the typed {@code actor(id:)}, {@code event(id:)}, ...,
 * and the id arguments of mutations. Every look-up decodes through {@link GlobalId}, which
 * follows the redirects that merges leave, so an old actor id finds the survivor everywhere.
 */
public final class Nodes {

    /**
     * Every Node type by its GraphQL name (the type inside a global id): the entities that implement
     * {@link Node}, each named as its class (NodesTest checks that against their {@code typeName()}).
     * Read from Hibernate's metamodel on first use, so that this package names no feature package.
     */
    private static volatile Map<String, Class<? extends AccordEntity>> types;

    private Nodes() {
    }

    /**
     * The record of {@code type} with this global id, or null if none; an id of another type is an
     * error. A Node type's GraphQL name is its class's simple name, as in its ids.
     */
    public static <N extends AccordEntity> N find(Class<N> type, String id) {
        GlobalId global = GlobalId.decodeAs(id, type.getSimpleName());
        // A record that exists was never merged (a merge deletes the merged record, and ids are
        // never reused), so redirects are looked up only for an id that finds nothing: one
        // statement for the usual look-up, where asking first cost a second round trip.
        N found = Panache.getEntityManager().find(type, global.pk());
        if (found != null) {
            return found;
        }
        GlobalId current = global.current();
        return current == global ? null : Panache.getEntityManager().find(type, current.pk());
    }

    /** The entity class of a Node type name, or null. */
    static Class<? extends AccordEntity> typeOf(String typeName) {
        return types().get(typeName);
    }

    /** Every Node type by its GraphQL name, read once from the metamodel. */
    public static Map<String, Class<? extends AccordEntity>> types() {
        Map<String, Class<? extends AccordEntity>> known = types;
        if (known == null) {
            Map<String, Class<? extends AccordEntity>> found = new HashMap<>();
            for (EntityType<?> entity : Panache.getEntityManager().getMetamodel().getEntities()) {
                Class<?> type = entity.getJavaType();
                if (Node.class.isAssignableFrom(type) && AccordEntity.class.isAssignableFrom(type)) {
                    found.put(type.getSimpleName(), type.asSubclass(AccordEntity.class));
                }
            }
            types = known = Map.copyOf(found);
        }
        return known;
    }

    /** The record with this global id, whatever its type, or null if there is none; an unknown type is an error. */
    public static AccordEntity find(String id) {
        GlobalId global = GlobalId.decode(id);
        Class<? extends AccordEntity> type = typeOf(global.type());
        if (type == null) {
            throw new BadUserInputException("Id '" + id + "' names an unknown type '" + global.type() + "'");
        }
        return Panache.getEntityManager().find(type, global.current().pk());
    }

    /**
     * The record of {@code type} that the id argument {@code field} (e.g. {@code input.actor})
     * names. A malformed id or one of another type is BAD_USER_INPUT, an id that names nothing is
     * NOT_FOUND; both messages start with the field.
     */
    public static <N extends AccordEntity> N require(Class<N> type, String id, String field) {
        N found;
        try {
            found = find(type, id);
        } catch (BadUserInputException e) {
            throw new BadUserInputException(field + ": " + e.getMessage());
        }
        if (found == null) {
            throw NotFoundException.of(field, type.getSimpleName(), id);
        }
        return found;
    }

    /** Like {@link #require(Class, String, String)}, with null meaning "not given". */
    public static <N extends AccordEntity> N requireNullable(Class<N> type, String id, String field) {
        return id == null ? null : require(type, id, field);
    }

    /** Like {@link #require(Class, String, String)} for an id of any type. */
    public static AccordEntity require(String id, String field) {
        AccordEntity found;
        try {
            found = find(id);
        } catch (BadUserInputException e) {
            throw new BadUserInputException(field + ": " + e.getMessage());
        }
        if (found == null) {
            throw NotFoundException.of(field, GlobalId.decode(id).type(), id);
        }
        return found;
    }

    /**
     * The database ids of the records a list argument names, in its order, checked with one
     * query: each must be of {@code type} and exist, and none may name a record twice (also not
     * through a merged actor's old id). Null gives an empty list.
     */
    public static <N extends AccordEntity> List<Long> requireAll(Class<N> type, List<String> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        String typeName = type.getSimpleName();
        List<Long> pks = new ArrayList<>(ids.size());
        Map<Long, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            long pk;
            try {
                pk = GlobalId.decode(ids.get(i), typeName);
            } catch (BadUserInputException e) {
                throw new BadUserInputException(field + "[" + i + "]: " + e.getMessage());
            }
            Integer earlier = firstIndex.putIfAbsent(pk, i);
            if (earlier != null) {
                throw new BadUserInputException(field + "[" + i + "]: names the same " + typeName + " as " + field + "[" + earlier + "]");
            }
            pks.add(pk);
        }
        Set<Long> stored = new HashSet<>(Panache.getEntityManager()
                .createQuery("select e.pk from " + type.getSimpleName() + " e where any_equals(:pks, e.pk)", Long.class)
                .setParameter("pks", pks.toArray(Long[]::new)).getResultList());
        for (int i = 0; i < pks.size(); i++) {
            if (!stored.contains(pks.get(i))) {
                throw NotFoundException.of(field + "[" + i + "]", typeName, ids.get(i));
            }
        }
        return pks;
    }
}
