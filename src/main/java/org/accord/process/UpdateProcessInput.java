package org.accord.process;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreateProcessInput}, which replace the stored ones, plus the process and its version. */
@Input("UpdateProcessInput")
@Description("The new state of a process: every field of createProcess is given again and replaces the stored value, so a field left out is cleared. Read the process first and send it back changed.")
public class UpdateProcessInput extends CreateProcessInput {

    @NotBlank
    @Id
    @Description("The Process id.")
    public String id;

    @Description("The version the client read; if the stored process is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
