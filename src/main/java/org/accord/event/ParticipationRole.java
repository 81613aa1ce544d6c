package org.accord.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Roles an actor can have in an event.")
public enum ParticipationRole {
    @Description("A side of the conflict or negotiation.") PARTY,
    @Description("Mediates between the parties.") MEDIATOR,
    @Description("Hosts the event.") HOST,
    @Description("Helps the event happen without mediating.") FACILITATOR,
    @Description("Attends without taking part.") OBSERVER,
    @Description("Witnesses a signing or declaration.") WITNESS,
    @Description("Guarantees what is agreed.") GUARANTOR,
    @Description("Proposed the event, e.g. a meeting, without hosting it.") PROPOSER
}
