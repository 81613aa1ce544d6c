package org.accord.security;

/**
 * The roles Accord's bearer tokens carry (the JWT's {@code groups} claim, or the claim that
 * {@code smallrye.jwt.path.groups} names for providers such as Keycloak).
 */
public final class Roles {

    /** May run mutations (and every query). */
    public static final String EDITOR = "editor";
    /** May run queries when {@code accord.security.reads-require-reader} is on. */
    public static final String READER = "reader";

    private Roles() {
    }
}
