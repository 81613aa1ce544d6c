package org.accord.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The dossier import mutation; {@link DossierImporter} does the work. Its input is the record nested here, its payload {@link ImportDossierPayload}. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class DossierApi {

    @Inject
    DossierImporter importer;

    @Inject
    DossierLimits limits;

    @Input("ImportDossierInput")
    @Description("A dossier to import.")
    public record ImportDossierInput(
            @NonNull
            @Description("The dossier as a JSON document; src/main/resources/dossier/dossier.schema.json describes it.")
            String json) {
    }

    @Mutation
    @Description("Imports a dossier all or nothing. Records whose key is already stored are linked to, not changed, so importing the same dossier twice changes nothing. A rejected dossier stores nothing; the error lists every problem with its JSON path.")
    public ImportDossierPayload importDossier(@NonNull @Description("The dossier.") ImportDossierInput input) {
        limits.check(input.json());
        return importer.importRetrying(input.json());
    }
}
