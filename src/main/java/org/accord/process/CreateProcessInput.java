package org.accord.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("CreateProcessInput")
@Description("A new conflict or peace process.")
public class CreateProcessInput {

    @NotBlank
    @Size(max = 1000)
    @Description("Its name, e.g. Armenia–Azerbaijan normalisation.")
    public String name;

    @Size(max = 20000)
    @Description("What the process is about.")
    public String description;
}
