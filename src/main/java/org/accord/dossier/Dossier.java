package org.accord.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.accord.actor.ActorKind;
import org.accord.actor.NameKind;
import org.accord.commitment.CommitmentKind;
import org.accord.commitment.CommitmentStatus;
import org.accord.event.Attendance;
import org.accord.event.EventKind;
import org.accord.event.EventStatus;
import org.accord.event.EventRelation.RelationKind;
import org.accord.event.ParticipationRole;
import org.accord.graphql.Quantity;
import org.accord.place.PlaceKind;
import org.accord.statement.StatementKind;

/**
 * A dossier as read from JSON; {@code src/main/resources/dossier/dossier.schema.json} documents
 * every field. Dates are EDTF strings, references are keys. The importer validates the document
 * against the schema before it is bound to these records, so they need no checks of their own.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // "$schema"
@RegisterForReflection(targets = {Dossier.class, Dossier.SourceRecord.class, Dossier.ProcessRecord.class,
        Dossier.ActorRecord.class, Dossier.NameRecord.class, Dossier.ExternalIdRecord.class, Dossier.AffiliationRecord.class,
        Dossier.PlaceRecord.class, Dossier.EventRecord.class, Dossier.RelationRecord.class, Dossier.ParticipantRecord.class,
        Dossier.StatementRecord.class, Dossier.QuoteRecord.class, Dossier.CommitmentRecord.class,
        Dossier.StatusChangeRecord.class, Dossier.CitationRecord.class, Dossier.QuantityRecord.class})
public record Dossier(String dossier, String title, String description,
                      List<SourceRecord> sources, List<ProcessRecord> processes, List<ActorRecord> actors,
                      List<AffiliationRecord> affiliations, List<PlaceRecord> places, List<EventRecord> events,
                      List<StatementRecord> statements, List<CommitmentRecord> commitments) {

    public Dossier {
        sources = orEmpty(sources);
        processes = orEmpty(processes);
        actors = orEmpty(actors);
        affiliations = orEmpty(affiliations);
        places = orEmpty(places);
        events = orEmpty(events);
        statements = orEmpty(statements);
        commitments = orEmpty(commitments);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record CitationRecord(String source, String excerpt, String locator) {
    }

    public record QuantityRecord(double amount, String unit, Quantity.Qualifier qualifier) {
        Quantity toQuantity() {
            return new Quantity(amount, unit, qualifier);
        }
    }

    public record SourceRecord(String key, String publisher, String title, String url, String published, String language) {
    }

    public record ProcessRecord(String key, String name, String description, List<CitationRecord> citations) {
    }

    public record NameRecord(String value, NameKind kind, String language) {
    }

    public record ExternalIdRecord(String scheme, String value) {
    }

    public record ActorRecord(String key, ActorKind kind, String name, List<NameRecord> names, String countryCode,
                              String description, List<ExternalIdRecord> externalIds, List<CitationRecord> citations) {
    }

    public record AffiliationRecord(String key, String actor, String organization, String position, String start,
                                    String end, List<CitationRecord> citations) {
    }

    public record PlaceRecord(String key, String name, PlaceKind kind, String countryCode, String within,
                              Double latitude, Double longitude, List<CitationRecord> citations) {
    }

    public record RelationRecord(RelationKind kind, String event) {
    }

    public record ParticipantRecord(String actor, ParticipationRole role, Attendance attendance, List<CitationRecord> citations) {
    }

    public record EventRecord(String key, EventKind kind, EventStatus status, String title, String summary,
                              String start, String end, String place, String process, QuantityRecord magnitude,
                              String cameoCode, String ploverCategory, String ploverMode, String partOf,
                              List<RelationRecord> relations, List<ParticipantRecord> participants,
                              List<CitationRecord> citations) {
    }

    public record QuoteRecord(String text, String speaker) {
    }

    public record StatementRecord(String key, StatementKind kind, String summary, String date, List<String> authors,
                                  String event, String respondsTo, String process, List<QuoteRecord> quotes,
                                  List<CitationRecord> citations) {
    }

    public record StatusChangeRecord(CommitmentStatus status, String date, String note, List<CitationRecord> citations) {
    }

    public record CommitmentRecord(String key, CommitmentKind kind, String description, CommitmentStatus status,
                                   List<String> obligors, List<String> beneficiaries, QuantityRecord quantity,
                                   String deadline, String madeAt, String statement, String process,
                                   List<String> reciprocalTo, List<String> fulfilledBy, List<StatusChangeRecord> history,
                                   List<CitationRecord> citations) {
    }
}
