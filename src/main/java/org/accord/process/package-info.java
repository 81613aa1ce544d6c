/**
 * Peace processes (their timeline is in the timeline package).
 *
 * <p>May import {@code graphql} and {@code source}: the packages of events, statements and
 * commitments link to processes, and the timeline package merges them.
 */
package org.accord.process;
