package org.accord.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateStatementPayload")
@Description("The result of createStatement.")
public class CreateStatementPayload {

    @NonNull
    @Description("The statement as stored, with its id and version 0.")
    public Statement statement;

    public CreateStatementPayload(Statement statement) {
        this.statement = statement;
    }
}
