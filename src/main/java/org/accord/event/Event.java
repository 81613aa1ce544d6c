package org.accord.event;

import org.accord.graphql.Hierarchy;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Folding;
import org.accord.graphql.TimelineItem;
import org.accord.graphql.SearchResult;
import org.accord.graphql.Node;
import org.accord.graphql.PartialDate;
import org.accord.graphql.Quantity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("Something that happened or was planned: a meeting, a signing, a prisoner release, a military operation.")
public class Event extends AccordEntity implements Node, TimelineItem, SearchResult {

    public static final String TYPE = "Event";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of event it is.")
    public EventKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether it was proposed, scheduled, held or cancelled.")
    public EventStatus status;

    @NonNull
    @Description("A short title.")
    public String title;

    @Description("What happened, in a few sentences.")
    public String summary;

    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "start_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "start_latest"))
    @Description("When it began, as precisely as the sources say; null when no source dates it.")
    public PartialDate start;

    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "end_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "end_latest"))
    @Description("When it ended, if it lasted and a source says.")
    public PartialDate end;

    @Ignore
    public Long placeId;

    @Ignore
    public Long processId;

    @Ignore
    public Long partOfId;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "magnitude_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "magnitude_unit"))
    @AttributeOverride(name = "qualifier", column = @Column(name = "magnitude_qualifier"))
    @Description("How large it was, e.g. AT_LEAST 100000 people displaced, EXACT 32 servicemen released.")
    public Quantity magnitude;

    @Description("CAMEO event code, when an analyst has coded it.")
    public String cameoCode;

    @Description("PLOVER event category, when an analyst has coded it.")
    public String ploverCategory;

    @Description("PLOVER event mode, when an analyst has coded it.")
    public String ploverMode;


    /** Folded {@link #title} and {@link #summary}, for `search`; kept up to date by the entity itself. */
    @Ignore
    public String searchText;

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = Folding.foldAll(title, summary);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    /**
     * The rule for an event's dates: it may not end before it starts, and an undated event (no
     * start) has no end, since an end alone would date it. The problem in words, or null. The
     * mutations and the dossier import both ask here.
     */
    public static String datesProblem(PartialDate start, PartialDate end) {
        if (start == null && end != null) {
            return "an undated event has no end; give the start as an interval with an unknown start, e.g. /" + end;
        }
        return PartialDate.endBeforeStart(start, end);
    }

    /**
     * The rule for {@code partOf}: an event may not be part of itself, directly or through the
     * events around it. The problem in words, or null; the arguments are as for
     * {@code Place.withinProblem}.
     */
    public static <K> String partOfProblem(K self, K partOf, UnaryOperator<K> partOfOf, Function<K, String> name) {
        return Hierarchy.refusal(self, partOf, partOfOf, name, "an event cannot be part of itself", "is part of it");
    }
}
