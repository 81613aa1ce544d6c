/**
 * Peace processes (their timeline is in the timeline package).
 *
 * <p>May import {@code graphql} and {@code source}: the packages of events, statements and
 * commitments link to processes, and the timeline package merges them.
 * It may also use the role names of {@code security}.
 */
package org.accord.process;
