package org.accord.event;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("EventFilter")
@Description("Narrows a list of events; every given criterion must hold.")
public class EventFilter {
    @Description("Only events of this kind.")
    public EventKind kind;

    @Description("Only events with this status.")
    public EventStatus status;

    @Id
    @Description("Only events this actor took part in (in `role`, if given).")
    public String actor;

    @Description("With `actor`: only events where the actor had this role.")
    public ParticipationRole role;

    @Id
    @Description("Only events of this process.")
    public String process;

    @Id
    @Description("Only events at this place.")
    public String place;

    @Description("Only events whose dates reach this day or later (ranges overlap); never undated events.")
    public LocalDate from;

    @Description("Only events whose dates reach this day or earlier (ranges overlap); never undated events.")
    public LocalDate to;
}
