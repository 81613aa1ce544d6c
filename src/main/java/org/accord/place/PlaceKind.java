package org.accord.place;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of place.")
public enum PlaceKind {
    @Description("A sovereign country.") COUNTRY,
    @Description("A region within a country, e.g. Nagorno-Karabakh.") REGION,
    @Description("A city or town.") CITY,
    @Description("A building or site, e.g. the White House.") SITE,
    @Description("Any other place.") OTHER
}
