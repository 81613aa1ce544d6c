package org.accord.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("CreateSourceInput")
@Description("A new source: a news story, an official text, a fact sheet.")
public class CreateSourceInput {

    @NotBlank
    @Size(max = 1000)
    @Description("Who published it: BBC, AzerNews, the US State Department.")
    public String publisher;

    @NotBlank
    @Size(max = 1000)
    @Description("Its title, or a short description when it has none.")
    public String title;

    @Size(max = 2000)
    @Pattern(regexp = "^https?://\\S+$")
    @Description("Where it can be read, an http(s) URL; one source per URL.")
    public String url;

    @Size(max = 40)
    @Description("When it was published, in EDTF (2023-12-08).")
    public String published;

    @Size(max = 35)
    @Pattern(regexp = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
    @Description("Its language, as a BCP 47 tag (en, it).")
    public String language;
}
