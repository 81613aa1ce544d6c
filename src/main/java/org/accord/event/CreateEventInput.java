package org.accord.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateEventInput")
@Description("A new event. Its participants are added afterwards with addParticipant.")
public class CreateEventInput {

    @NotNull
    @Description("What kind of event it is.")
    public EventKind kind;

    @NotNull
    @Description("Whether it was proposed, scheduled, held or cancelled.")
    public EventStatus status;

    @NotBlank
    @Size(max = 1000)
    @Description("A short title.")
    public String title;

    @Size(max = 20000)
    @Description("What happened, in a few sentences.")
    public String summary;

    @NotBlank
    @Size(max = 40)
    @Description("When it began, in EDTF, as precisely as the sources say: 2023-12-07, 2023-10, 2023-10~, /2023-12-08.")
    public String start;

    @Size(max = 40)
    @Description("When it ended, in EDTF, if it lasted and a source says; not before the start.")
    public String end;

    @Id
    @Description("The Place id of where it took place.")
    public String place;

    @Id
    @Description("The Process id of the process it belongs to.")
    public String process;

    @Id
    @Description("The Event id of the larger event it is part of, e.g. the summit an initialing took place at.")
    public String partOf;

    @Valid
    @Description("How large it was, e.g. {amount: 32, unit: \"servicemen\", qualifier: EXACT}.")
    public QuantityInput magnitude;

    @Pattern(regexp = "^[0-9]{2,4}$")
    @Description("CAMEO event code (2 to 4 digits), when an analyst has coded it.")
    public String cameoCode;

    @Pattern(regexp = "^[A-Z_]{2,40}$")
    @Description("PLOVER event category (e.g. AGREE), when an analyst has coded it.")
    public String ploverCategory;

    @Pattern(regexp = "^[a-z_]{2,40}$")
    @Description("PLOVER event mode, when an analyst has coded it.")
    public String ploverMode;

    @Size(max = 100)
    @Description("Its links to other events (CAUSED, FOLLOWED); each kind and event at most once.")
    public List<@NonNull @Valid EventRelationInput> relations;
}
