package org.accord.commitment;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of commitment.")
public enum CommitmentKind {
    @Description("To sign or ratify a peace treaty.") PEACE_TREATY,
    @Description("To normalise relations.") NORMALISATION,
    @Description("To release prisoners.") PRISONER_RELEASE,
    @Description("To support another actor diplomatically, e.g. a candidacy.") DIPLOMATIC_SUPPORT,
    @Description("To withdraw forces or claims.") WITHDRAWAL,
    @Description("To build confidence between the sides.") CONFIDENCE_BUILDING,
    @Description("To open transport or communication links.") CONNECTIVITY,
    @Description("On security and defence.") SECURITY,
    @Description("On trade, investment and economic ties.") ECONOMIC,
    @Description("On humanitarian matters.") HUMANITARIAN,
    @Description("Any other promise.") OTHER
}
