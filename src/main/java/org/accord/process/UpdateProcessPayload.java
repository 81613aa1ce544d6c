package org.accord.process;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateProcessPayload")
@Description("The result of updateProcess.")
public class UpdateProcessPayload {

    @NonNull
    @Description("The process as stored now, with its new version.")
    public Process process;

    public UpdateProcessPayload(Process process) {
        this.process = process;
    }
}
