package org.accord.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an actor took part in an event.")
public enum Attendance {
    @Description("It took part.") ATTENDED,
    @Description("It refused to take part, e.g. Azerbaijan's refusal of talks in the US and Spain.") DECLINED,
    @Description("It was invited; whether it came is not known.") INVITED,
    @Description("The sources do not say.") UNKNOWN
}
