package org.accord.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateStatementPayload")
@Description("The result of updateStatement.")
public class UpdateStatementPayload {

    @NonNull
    @Description("The statement as stored now, with its new version.")
    public Statement statement;

    public UpdateStatementPayload(Statement statement) {
        this.statement = statement;
    }
}
