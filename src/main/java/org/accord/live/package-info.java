/**
 * Live updates: the commit-ordered outbox of timeline items that every write appends to, so that
 * subscribers on any instance learn of each committed event, statement and status change once, in
 * commit order, and a client that reconnects can be sent what it missed.
 *
 * <p>May import {@code graphql}, {@code process}, {@code event}, {@code statement} and
 * {@code commitment}; no package imports it.
 * It may also use the role names of {@code security}.
 */
package org.accord.live;
