package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MergeActorsInput")
@Description("Actors recorded twice, to merge into one.")
public class MergeActorsInput {

    @NotBlank
    @Id
    @Description("The Actor id of the actor that stays.")
    public String survivor;

    @NotNull
    @Size(min = 1, max = 100)
    @Id
    @Description("The Actor ids of the actors merged into the survivor and deleted; their ids then resolve to the survivor.")
    public List<@NonNull String> merged;
}
