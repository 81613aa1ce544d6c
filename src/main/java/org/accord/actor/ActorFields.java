package org.accord.actor;

import java.util.List;
import org.accord.graphql.Batch;
import org.accord.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Fields of Actor and Affiliation resolved from rows of this package: one query per field for all
 * the actors of a level. An actor's events, statements and commitments are resolved in the
 * packages that hold those links ({@code event.LinkedEvents}, {@code statement.LinkedStatements},
 * {@code commitment.LinkedCommitments}).
 */
@GraphQLApi
public class ActorFields {

    @NonNull
    @Description("Its other names: official and short forms, aliases, metonyms, transliterations.")
    public List<@NonNull List<@NonNull ActorName>> names(@Source List<Actor> actors) {
        List<ActorName> names = Batch.list("from ActorName e where any_equals(:ids, e.actorId) order by e.pk", ActorName.class, actors);
        return Batch.group(actors, names, n -> n.actorId);
    }

    @NonNull
    @Description("Its identifiers in other datasets.")
    public List<@NonNull List<@NonNull ExternalId>> externalIds(@Source List<Actor> actors) {
        List<ExternalId> ids = Batch.list("from ExternalId e where any_equals(:ids, e.actorId) order by e.pk", ExternalId.class, actors);
        return Batch.group(actors, ids, x -> x.actorId);
    }

    @NonNull
    @Description("The positions it holds in other actors, e.g. Pashinyan as Prime Minister.")
    public List<@NonNull List<@NonNull Affiliation>> affiliations(@Source List<Actor> actors) {
        List<Affiliation> list = Batch.list("from Affiliation e where any_equals(:ids, e.actorId) order by e.pk", Affiliation.class, actors);
        return Batch.group(actors, list, a -> a.actorId);
    }

    @NonNull
    @Description("The positions others hold in it, e.g. the Prime Minister in a government.")
    public List<@NonNull List<@NonNull Affiliation>> members(@Source List<Actor> actors) {
        List<Affiliation> list = Batch.list("from Affiliation e where any_equals(:ids, e.organizationId) order by e.pk", Affiliation.class, actors);
        return Batch.group(actors, list, a -> a.organizationId);
    }

    @NonNull
    @Description("The sources that report this actor.")
    public List<@NonNull List<@NonNull Citation>> sources(@Source List<Actor> actors) {
        return Citation.of(actors);
    }

    @NonNull
    @Description("The actor holding the position.")
    public List<@NonNull Actor> actor(@Source List<Affiliation> affiliations) {
        return Batch.toOne(affiliations, a -> a.actorId, Actor.class);
    }

    @NonNull
    @Description("The actor the position is in.")
    public List<@NonNull Actor> organization(@Source List<Affiliation> affiliations) {
        return Batch.toOne(affiliations, a -> a.organizationId, Actor.class);
    }

    @NonNull
    @Name("sources")
    @Description("The sources that report this position.")
    public List<@NonNull List<@NonNull Citation>> affiliationSources(@Source List<Affiliation> affiliations) {
        return Citation.of(affiliations);
    }
}
