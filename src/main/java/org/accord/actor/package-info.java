/**
 * Actors (states, governments, people, organisations) with their names, external ids and
 * affiliations: the entities, their queries ({@code ActorApi}), their linked fields
 * ({@code ActorFields}) and mutations ({@code ActorMutations}, {@code ActorService}).
 *
 * <p>May import {@code graphql}, {@code source}, and, until issue 16 resolves each link field in
 * the package that owns its foreign key, {@code commitment}, {@code event} and {@code statement}
 * (org.accord.ArchitectureTest lists those cycles).
 */
package org.accord.actor;
