package org.accord.dossier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The payload of importDossier, also what the seed loader logs. */
@Type("ImportDossierPayload")
@Description("What an import stored: importing the same dossier again creates nothing and links everything.")
public record ImportDossierPayload(
        @NonNull @Description("The dossier's own identifier.") String dossier,
        @Description("Records stored by this import (sources, actors, events, participations, statements, commitments, ...).") int created,
        @Description("Keyed records of the dossier that were already stored and were linked to, unchanged.") int linked) {
}
