package org.accord.source;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("AddCitationInput")
@Description("A source for a recorded fact, with the sentence that supports it.")
public class AddCitationInput extends CitationInput {

    @NotBlank
    @Id
    @Description("The id of the fact: an Actor, Affiliation, Place, Process, Event, Participation, Statement, Commitment or CommitmentStatusChange.")
    public String subject;
}
