package org.accord.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An HQL where clause built from optional filters: a condition whose value is null is left out.
 * Conditions refer to the queried entity as {@code e}. Immutable, so a base filter can be reused
 * for the count and the page.
 */
public final class Where {

    private final List<String> conditions;
    private final Map<String, Object> params;

    private Where(List<String> conditions, Map<String, Object> params) {
        this.conditions = conditions;
        this.params = params;
    }

    public static Where all() {
        return new Where(List.of(), Map.of());
    }

    /** Adds {@code condition} with parameter {@code name} bound to {@code value}, unless value is null. */
    public Where and(String condition, String name, Object value) {
        if (value == null) {
            return this;
        }
        return and(condition).param(name, value);
    }

    /** Adds a condition without parameters (or whose parameters are bound with {@link #param}). */
    public Where and(String condition) {
        List<String> c = new ArrayList<>(conditions);
        c.add(condition);
        return new Where(c, params);
    }

    public Where param(String name, Object value) {
        Map<String, Object> p = new HashMap<>(params);
        p.put(name, value);
        return new Where(conditions, p);
    }

    /**
     * Adds {@code column in (select select from from where ...)} with the conditions and
     * parameters of {@code sub} (parameters of the same name must have the same value).
     */
    public Where andIn(String column, String select, String from, Where sub) {
        Where in = and(column + " in (select " + select + " from " + from + sub.clause() + ")");
        Map<String, Object> p = new HashMap<>(in.params);
        p.putAll(sub.params);
        return new Where(in.conditions, p);
    }

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards in it taken literally (escape '\\'). */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }
}
