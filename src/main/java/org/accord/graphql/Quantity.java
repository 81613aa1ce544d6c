package org.accord.graphql;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A counted amount as a source states it: "over 100,000 people" is AT_LEAST 100000 people. */
@Embeddable
@Description("A counted amount as a source states it: \"over 100,000 people\" is AT_LEAST 100000 people.")
public class Quantity {

    @NonNull
    @Description("The number stated.")
    public Double amount;

    @NonNull
    @Description("What is counted, plural: servicemen, people, years.")
    public String unit;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the number bounds the true amount.")
    public Qualifier qualifier;

    protected Quantity() {
    }

    public Quantity(double amount, String unit, Qualifier qualifier) {
        this.amount = amount;
        this.unit = unit;
        this.qualifier = qualifier;
    }

    @Description("How a stated number bounds the true amount.")
    public enum Qualifier {
        @Description("Exactly this many.") EXACT,
        @Description("This many or more: \"over\", \"at least\".") AT_LEAST,
        @Description("Roughly this many: \"about\", \"some\".") ABOUT,
        @Description("This many or fewer: \"up to\", \"at most\".") AT_MOST
    }
}
