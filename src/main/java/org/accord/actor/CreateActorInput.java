package org.accord.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateActorInput")
@Description("A new actor, with its other names and external ids.")
public class CreateActorInput {

    @NotNull
    @Description("What kind of actor it is.")
    public ActorKind kind;

    @NotBlank
    @Size(max = 1000)
    @Description("The canonical name, e.g. Nikol Pashinyan.")
    public String name;

    @Pattern(regexp = "^[A-Z]{3}$")
    @Description("ISO 3166-1 alpha-3 code of the actor's country, e.g. ARM.")
    public String countryCode;

    @Size(max = 20000)
    @Description("Who or what the actor is.")
    public String description;

    @Size(max = 100)
    @Description("Its other names (official and short forms, aliases, metonyms, transliterations); each value and kind at most once.")
    public List<@NonNull @Valid ActorNameInput> names;

    @Size(max = 100)
    @Description("Its identifiers in other datasets; an identifier that already identifies another actor is a CONFLICT (merge the actors instead).")
    public List<@NonNull @Valid ExternalIdInput> externalIds;
}
