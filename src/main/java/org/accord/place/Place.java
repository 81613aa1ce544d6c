package org.accord.place;

import org.accord.graphql.Hierarchy;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.accord.graphql.Folding;
import org.accord.graphql.SearchResult;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("Where something happened: a country, a region, a city or a site, possibly within another place.")
public class Place extends AccordEntity implements Node, SearchResult {

    public static final String TYPE = "Place";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @NonNull
    @Description("Its name, e.g. Nagorno-Karabakh, the White House.")
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of place it is.")
    public PlaceKind kind;

    @Description("ISO 3166-1 alpha-3 code of the country it is in or is.")
    public String countryCode;

    @Ignore
    public Long withinId;

    @Description("Latitude in decimal degrees, when known.")
    public Double latitude;

    @Description("Longitude in decimal degrees, when known.")
    public Double longitude;

    /** Folded {@link #name}, for `search` and the places filter; kept up to date by the entity itself. */
    @Ignore
    public String searchText;

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = Folding.fold(name);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    /**
     * The rule for {@code within}: a place may not lie within itself, directly or through the places
     * around it. The problem in words, or null. The mutations walk stored places by id, the dossier
     * import its own places by key: {@code withinOf} gives a place's {@code within}, {@code name}
     * names a place in the message.
     */
    public static <K> String withinProblem(K self, K within, UnaryOperator<K> withinOf, Function<K, String> name) {
        return Hierarchy.refusal(self, within, withinOf, name, "a place cannot lie within itself", "lies within it");
    }
}
