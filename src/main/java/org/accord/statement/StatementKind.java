package org.accord.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("Kinds of statement.")
public enum StatementKind {
    @Description("A text released jointly by several actors.") JOINT_STATEMENT,
    @Description("A formal declaration, signed or adopted.") DECLARATION,
    @Description("A response to another statement or event.") REACTION,
    @Description("An assertion of fact or grievance, e.g. a claim of bias.") CLAIM,
    @Description("A call on others to act.") APPEAL,
    @Description("Words an actor was reported to say.") QUOTE,
    @Description("An official press release.") PRESS_RELEASE
}
