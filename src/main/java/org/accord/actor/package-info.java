/**
 * Actors (states, governments, people, organisations) with their names, external ids and
 * affiliations: the entities, their queries ({@code ActorApi}), their linked fields
 * ({@code ActorFields}) and mutations ({@code ActorMutations}, {@code ActorService}).
 *
 * <p>May import {@code graphql} and {@code source}. The feature packages above it link to actors
 * and resolve those link fields themselves ({@code Actor.participations} in event,
 * {@code Actor.statements} in statement, {@code Actor.commitments} in commitment). Merging and
 * deleting actors name those linking tables in HQL, as the database's foreign keys do.
 * It may also use the role names of {@code security}.
 */
package org.accord.actor;
