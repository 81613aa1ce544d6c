package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CreateAffiliationInput")
@Description("A new position of one actor in another: Pashinyan, Prime Minister, in Armenia's government.")
public class CreateAffiliationInput {

    @NotBlank
    @Id
    @Description("The Actor id of the actor holding the position.")
    public String actor;

    @NotBlank
    @Id
    @Description("The Actor id of the actor the position is in.")
    public String organization;

    @NotBlank
    @Size(max = 1000)
    @Description("The position held, e.g. Prime Minister.")
    public String position;

    @Size(max = 40)
    @Description("When the position began, in EDTF (2018-05-08, 2018), if a source says.")
    public String start;

    @Size(max = 40)
    @Description("When the position ended, in EDTF, if it has and a source says.")
    public String end;
}
