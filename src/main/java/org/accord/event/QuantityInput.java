package org.accord.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.accord.graphql.Quantity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A quantity as mutations take it (an event's magnitude, a commitment's quantity): top level, as commitment uses it too. */
@Input("QuantityInput")
@Description("A counted amount as a source states it: \"over 100,000 people\" is {amount: 100000, unit: \"people\", qualifier: AT_LEAST}.")
public record QuantityInput(
        @NotNull
        @PositiveOrZero
        @Description("The number stated.")
        Double amount,

        @NotBlank
        @Size(max = 1000)
        @Description("What is counted, plural: servicemen, people, years.")
        String unit,

        @NotNull
        @Description("How the number bounds the true amount.")
        Quantity.Qualifier qualifier) {

    /** The stored form; null gives null. */
    public static Quantity toQuantity(QuantityInput input) {
        return input == null ? null : new Quantity(input.amount(), input.unit(), input.qualifier());
    }
}
