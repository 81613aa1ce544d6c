/**
 * Peace processes and their timelines (events, statements and status changes in date order).
 *
 * <p>May import {@code graphql}, {@code source}, and, until issue 16 removes the cycles,
 * {@code commitment}, {@code event} and {@code statement}.
 */
package org.accord.process;
