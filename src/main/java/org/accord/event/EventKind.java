package org.accord.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of event.")
public enum EventKind {
    @Description("Talks, a summit, a round of negotiations.") MEETING,
    @Description("The signing or initialing of an agreement.") AGREEMENT_SIGNING,
    @Description("A release or exchange of prisoners.") PRISONER_RELEASE,
    @Description("An offensive or other use of armed force.") MILITARY_OPERATION,
    @Description("A ceasefire taking effect.") CEASEFIRE,
    @Description("People fleeing or being moved.") DISPLACEMENT,
    @Description("Another act of diplomacy: an appeal, a sanction lifted, a candidacy withdrawn.") DIPLOMATIC_ACTION,
    @Description("Any other event.") OTHER
}
