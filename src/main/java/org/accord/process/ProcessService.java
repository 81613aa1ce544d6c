package org.accord.process;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.ConflictException;
import org.accord.graphql.Nodes;
import org.accord.process.ProcessMutations.CreateProcessInput;
import org.accord.process.ProcessMutations.DeleteProcessInput;
import org.accord.process.ProcessMutations.ProcessValues;
import org.accord.process.ProcessMutations.UpdateProcessInput;
import org.accord.source.Citations;

/** Writes processes, one transaction per mutation. A process owns only its citations. */
@ApplicationScoped
public class ProcessService {

    @Inject
    Validator validator;

    @Transactional
    public Process createProcess(CreateProcessInput input) {
        BadUserInputException.validate(validator, input);
        Process process = new Process();
        set(process, input);
        process.persist();
        ConflictException.flush();
        return process;
    }

    @Transactional
    public Process updateProcess(UpdateProcessInput input) {
        BadUserInputException.validate(validator, input);
        Process process = Nodes.require(Process.class, input.id(), "input.id");
        ConflictException.requireVersion(process, input.expectedVersion());
        set(process, input);
        ConflictException.flush();
        return process;
    }

    @Transactional
    public String deleteProcess(DeleteProcessInput input) {
        BadUserInputException.validate(validator, input);
        Process process = Nodes.require(Process.class, input.id(), "input.id");
        ConflictException.requireVersion(process, input.expectedVersion());
        ConflictException.dependents(Process.TYPE + " " + process.getId() + " ('" + process.name + "')")
                .add("select count(e) from Event e where e.processId = :id", process.pk, "event", "events")
                .add("select count(e) from Statement e where e.processId = :id", process.pk, "statement", "statements")
                .add("select count(e) from Commitment e where e.processId = :id", process.pk, "commitment", "commitments")
                .refuseDeletion("move or delete them first");
        Citations.deleteFor(List.of(process.pk));
        process.delete();
        ConflictException.flush();
        return process.getId();
    }

    private static void set(Process process, ProcessValues input) {
        process.name = input.name();
        process.description = input.description();
    }

}
