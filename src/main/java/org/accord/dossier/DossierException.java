package org.accord.dossier;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import org.accord.graphql.BadUserInputException;

/** A dossier was rejected; the message lists every problem found, each with its JSON path. */
@ErrorCode("BAD_USER_INPUT")
public class DossierException extends BadUserInputException {

    private final List<String> problems;

    public DossierException(List<String> problems) {
        super("Dossier rejected, nothing was stored: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "JSON path: what is wrong". */
    public List<String> problems() {
        return problems;
    }
}
