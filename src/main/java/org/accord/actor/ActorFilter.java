package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorFilter")
@Description("Narrows a list of actors; every given criterion must hold.")
public class ActorFilter {
    @Description("Only actors of this kind.")
    public ActorKind kind;

    @Description("Only actors with a name (canonical or other) containing this text, ignoring case and accents.")
    public String name;

    @Description("Only actors with this ISO 3166-1 alpha-3 country code.")
    public String countryCode;
}
