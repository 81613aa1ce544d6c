package org.accord.place;

import java.util.List;
import jakarta.validation.Valid;
import org.accord.source.CitationInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Mutations of places; {@link PlaceService} does the work, one transaction each.
 * Their payloads are nullable: in a document of several mutations, a failed one is null beside
 * those that committed (MultipleMutationsTest).
 * Their inputs and payloads are nested here: records, except the create and update inputs,
 * which are classes because an update input is the create input plus the record's id and version.
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class PlaceMutations {

    @Inject
    PlaceService service;

    @Mutation
    @Description("Records a place.")
    public CreatePlacePayload createPlace(@NonNull @Description("The place.") CreatePlaceInput input) {
        return new CreatePlacePayload(service.createPlace(input));
    }

    @Mutation
    @Description("Replaces a place's fields with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdatePlacePayload updatePlace(@NonNull @Description("The place's new state.") UpdatePlaceInput input) {
        return new UpdatePlacePayload(service.updatePlace(input));
    }

    @Mutation
    @Description("Deletes a place with its citations. Refused (CONFLICT) while events are held there or places lie within it.")
    public DeletePlacePayload deletePlace(@NonNull @Description("The place and its version.") DeletePlaceInput input) {
        return new DeletePlacePayload(service.deletePlace(input));
    }

    // ---- inputs and payloads ---------------------------------------------------------------------

    /** The fields createPlace and updatePlace share. */
    public abstract static class PlaceValues {

        @NotBlank
        @Size(max = 1000)
        @Description("Its name, e.g. Nagorno-Karabakh, the White House.")
        public String name;

        @NotNull
        @Description("What kind of place it is.")
        public PlaceKind kind;

        @Pattern(regexp = "^[A-Z]{3}$")
        @Description("ISO 3166-1 alpha-3 code of the country it is in or is, e.g. AZE.")
        public String countryCode;

        @Id
        @Description("The Place id of the place it lies within, e.g. Azerbaijan for Nagorno-Karabakh.")
        public String within;

        @DecimalMin("-90")
        @DecimalMax("90")
        @Description("Latitude in decimal degrees, -90 to 90.")
        public Double latitude;

        @DecimalMin("-180")
        @DecimalMax("180")
        @Description("Longitude in decimal degrees, -180 to 180.")
        public Double longitude;
    }

    @Input("CreatePlaceInput")
    @Description("A new place.")
    public static class CreatePlaceInput extends PlaceValues {

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;
    }

    /** The fields of {@link PlaceValues}, which replace the stored ones, plus the place and its version. */
    @Input("UpdatePlaceInput")
    @Description("The new state of a place: every field of createPlace but `citations` is given again and replaces the stored value, so a field left out is cleared. Read the place first and send it back changed.")
    public static class UpdatePlaceInput extends PlaceValues {

        @NotBlank
        @Id
        @Description("The Place id.")
        public String id;

        @Description("The version the client read; if the stored place is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("DeletePlaceInput")
    @Description("The place to delete, at the version the client read.")
    public record DeletePlaceInput(
            @NotBlank
            @Id
            @Description("The Place id.")
            String id,

            @Description("The version the client read; if the stored place is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("CreatePlacePayload")
    @Description("The result of createPlace.")
    public record CreatePlacePayload(
            @NonNull
            @Description("The place as stored, with its id and version 0.")
            Place place) {
    }

    @Type("UpdatePlacePayload")
    @Description("The result of updatePlace.")
    public record UpdatePlacePayload(
            @NonNull
            @Description("The place as stored now, with its new version.")
            Place place) {
    }

    @Type("DeletePlacePayload")
    @Description("The result of deletePlace.")
    public record DeletePlacePayload(
            @NonNull
            @Id
            @Description("The id the deleted place had; it names nothing now.")
            String deletedId) {
    }
}
