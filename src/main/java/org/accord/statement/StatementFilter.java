package org.accord.statement;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Narrows a list of statements; every given criterion must hold.")
public class StatementFilter {
    @Description("Only statements of this kind.")
    public StatementKind kind;

    @Id
    @Description("Only statements this actor authored.")
    public String author;

    @Id
    @Description("Only statements of this process.")
    public String process;

    @Description("Only statements whose date reaches this day or later (ranges overlap); never undated statements.")
    public LocalDate from;

    @Description("Only statements whose date reaches this day or earlier (ranges overlap); never undated statements.")
    public LocalDate to;
}
