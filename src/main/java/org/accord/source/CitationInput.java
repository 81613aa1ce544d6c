package org.accord.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** A citation as mutations take it with the fact they record; addCitation's input adds the fact. */
@Input("CitationInput")
@Description("The source of a fact being recorded, with the sentence that supports it.")
public class CitationInput {

    @NotBlank
    @Id
    @Description("The Source id.")
    public String source;

    @Size(max = 20000)
    @Description("The sentence of the source that supports the fact, verbatim.")
    public String excerpt;

    @Size(max = 1000)
    @Description("Where in the source: a paragraph, a page, a section.")
    public String locator;
}
