/**
 * A process's timeline: its events, statements and commitment status changes merged into one
 * date-ordered connection ({@code TimelineFields}, {@code TimelineConnection}).
 *
 * <p>May import {@code graphql}, {@code process}, {@code event}, {@code statement} and
 * {@code commitment}; no package imports it.
 */
package org.accord.timeline;
