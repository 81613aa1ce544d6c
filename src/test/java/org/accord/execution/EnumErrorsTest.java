package org.accord.execution;

import static org.accord.support.Fixtures.map;
import static org.accord.support.GraphQl.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A value that is not one of an enum's, in a literal or a variable, gets an error that lists the allowed values (in the schema's order). */
@QuarkusTest
class EnumErrorsTest {

    private static final String ACTOR_KINDS = " (allowed values: GOVERNMENT_BODY, HUMANITARIAN_ORGANIZATION, INTERGOVERNMENTAL_ORGANIZATION,"
            + " MEDIA, NGO, NON_STATE_GROUP, OTHER, PERSON, POPULATION_GROUP, STATE)";

    @Test
    void aLiteralOutsideTheEnumListsTheAllowedValues() {
        assertEquals("Validation error (WrongType@[actors]) : argument 'filter.kind' with value 'NGOX' is not a valid 'ActorKind'"
                + " - Literal value not in allowable values for enum 'ActorKind' - 'NGOX'" + ACTOR_KINDS,
                error("BAD_USER_INPUT", "{ actors(filter: {kind: NGOX}) { totalCount } }").get("message"));
    }

    @Test
    void aVariableOutsideTheEnumListsTheAllowedValues() {
        assertEquals("Variable 'in' has an invalid value: Invalid input for enum 'ActorKind'. No value found for name 'NGOX'" + ACTOR_KINDS,
                error("BAD_USER_INPUT", "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                        "in", map("kind", "NGOX", "name", "x")).get("message"));
    }
}
