package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorNameInput")
@Description("Another name of an actor.")
public class ActorNameInput {

    @NotBlank
    @Size(max = 1000)
    @Description("The name as written, e.g. Baku, Pashinian.")
    public String value;

    @NotNull
    @Description("What kind of name it is.")
    public NameKind kind;

    @Size(max = 35)
    @Pattern(regexp = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
    @Description("Its language, as a BCP 47 tag (en, hy-Latn), when it matters.")
    public String language;
}
