package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of actor, after the PLOVER and CAMEO actor types.")
public enum ActorKind {
    @Description("A sovereign state, e.g. Armenia.") STATE,
    @Description("A government or part of one, e.g. the Office of the Prime Minister of Armenia.") GOVERNMENT_BODY,
    @Description("A person, e.g. Nikol Pashinyan.") PERSON,
    @Description("An organisation of states, e.g. the European Union, the OSCE.") INTERGOVERNMENTAL_ORGANIZATION,
    @Description("An armed or political group that is not a state.") NON_STATE_GROUP,
    @Description("A population, e.g. the ethnic Armenians of Nagorno-Karabakh.") POPULATION_GROUP,
    @Description("A non-governmental organisation, e.g. a human-rights group.") NGO,
    @Description("A humanitarian organisation, e.g. the International Committee of the Red Cross.") HUMANITARIAN_ORGANIZATION,
    @Description("A news outlet or agency, e.g. TASS.") MEDIA,
    @Description("Any other actor.") OTHER
}
