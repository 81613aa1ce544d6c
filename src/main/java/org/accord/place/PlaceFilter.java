package org.accord.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaceFilter")
@Description("Narrows a list of places; every given criterion must hold.")
public class PlaceFilter {
    @Description("Only places of this kind.")
    public PlaceKind kind;

    @Id
    @Description("A Place id: only the places directly within it.")
    public String within;

    @Description("Only places whose name contains this text, ignoring case and accents: \"susa\" finds Şuşa.")
    public String name;

    @Description("Only places with this ISO 3166-1 alpha-3 country code.")
    public String countryCode;
}
