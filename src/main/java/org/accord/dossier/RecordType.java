package org.accord.dossier;

import java.util.Locale;
import org.accord.actor.Actor;
import org.accord.actor.Affiliation;
import org.accord.commitment.Commitment;
import org.accord.event.Event;
import org.accord.graphql.AccordEntity;
import org.accord.place.Place;
import org.accord.process.Process;
import org.accord.source.Source;
import org.accord.statement.Statement;

/** The kinds of keyed record a dossier holds, with the entity each becomes. */
enum RecordType {
    SOURCE(Source.class, Source.TYPE, "source"),
    PROCESS(Process.class, Process.TYPE, "process"),
    ACTOR(Actor.class, Actor.TYPE, "actor"),
    AFFILIATION(Affiliation.class, Affiliation.TYPE, "affiliation"),
    PLACE(Place.class, Place.TYPE, "place"),
    EVENT(Event.class, Event.TYPE, "event"),
    STATEMENT(Statement.class, Statement.TYPE, "statement"),
    COMMITMENT(Commitment.class, Commitment.TYPE, "commitment");

    final Class<? extends AccordEntity> entity;
    final String graphqlType;
    final String label;
    /**
     * The entity's table, whose {@code dossier_key} column holds the key (see V1__schema.sql): the
     * name the ORM gives these one-word entities (DossierImportTest fails if one stops matching).
     */
    final String table;

    RecordType(Class<? extends AccordEntity> entity, String graphqlType, String label) {
        this.entity = entity;
        this.graphqlType = graphqlType;
        this.label = label;
        this.table = entity.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
