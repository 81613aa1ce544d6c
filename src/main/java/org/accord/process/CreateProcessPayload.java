package org.accord.process;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateProcessPayload")
@Description("The result of createProcess.")
public class CreateProcessPayload {

    @NonNull
    @Description("The process as stored, with its id and version 0.")
    public Process process;

    public CreateProcessPayload(Process process) {
        this.process = process;
    }
}
