package org.accord.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.accord.graphql.Mutating;
import org.accord.graphql.Dependents;
import org.accord.graphql.Versions;
import org.accord.process.ProcessMutations.CreateProcessInput;
import org.accord.process.ProcessMutations.ProcessValues;
import org.accord.process.ProcessMutations.DeleteProcessInput;
import org.accord.process.ProcessMutations.UpdateProcessInput;
import org.accord.source.Citations;

/** Writes processes, one transaction per mutation. A process owns only its citations. */
@ApplicationScoped
@Mutating
public class ProcessService {

    public Process createProcess(CreateProcessInput input) {
        Process saved = save(new Process(), input);
        Citations.add(saved, input.citations, "input.citations");
        return saved;
    }

    public Process updateProcess(UpdateProcessInput input) {
        return save(Versions.require(Process.class, input.id, input.expectedVersion), input);
    }

    public String deleteProcess(DeleteProcessInput input) {
        Process process = Versions.require(Process.class, input.id(), input.expectedVersion());
        Dependents.of(process, process.name)
                .add("select count(e) from Event e where e.processId = :id", process.pk, "event", "events")
                .add("select count(e) from Statement e where e.processId = :id", process.pk, "statement", "statements")
                .add("select count(e) from Commitment e where e.processId = :id", process.pk, "commitment", "commitments")
                .refuseDeletion("move or delete them first");
        Citations.deleteFor(List.of(process.pk));
        process.delete();
        return process.getId();
    }

    /** Writes the input into a new or stored process. */
    private static Process save(Process process, ProcessValues input) {
        process.name = input.name;
        process.description = input.description;
        process.persist(); // a stored process is managed already, and persist leaves it as it is
        return process;
    }

}
