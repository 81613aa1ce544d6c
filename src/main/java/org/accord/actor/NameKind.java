package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of actor name.")
public enum NameKind {
    @Description("The full official name, e.g. United States of America.") OFFICIAL,
    @Description("A short form, e.g. US, Aliyev.") SHORT,
    @Description("Another name the actor goes by.") ALIAS,
    @Description("A place standing for the actor, e.g. Baku for the government of Azerbaijan.") METONYM,
    @Description("Another spelling from another script, e.g. Pashinian for Pashinyan.") TRANSLITERATION
}
