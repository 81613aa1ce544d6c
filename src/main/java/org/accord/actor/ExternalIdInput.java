package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ExternalIdInput")
@Description("An actor's identifier in another dataset, e.g. WIKIDATA Q399.")
public class ExternalIdInput {

    @NotBlank
    @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$")
    @Description("The dataset, in capitals: WIKIDATA, ISO3166, CAMEO, ...")
    public String scheme;

    @NotBlank
    @Size(max = 200)
    @Description("The identifier within that dataset, e.g. Q399.")
    public String value;
}
