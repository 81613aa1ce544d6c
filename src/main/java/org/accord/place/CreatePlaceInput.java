package org.accord.place;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CreatePlaceInput")
@Description("A new place.")
public class CreatePlaceInput {

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
