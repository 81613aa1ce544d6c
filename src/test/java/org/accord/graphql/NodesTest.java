package org.accord.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Nodes} finds the entity class of a global id's type from Hibernate's metamodel, by class
 * name. The type inside a global id is the entity's {@code typeName()}: each must be its class name,
 * or {@code node(id:)} would not find what the id names.
 */
@QuarkusTest
class NodesTest {

    @Test
    @Transactional
    void everyNodeEntityIsFoundByTheTypeNameItsIdsCarry() throws ReflectiveOperationException {
        Set<String> names = new TreeSet<>();
        for (EntityType<?> entity : Panache.getEntityManager().getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (Node.class.isAssignableFrom(type)) {
                AccordEntity record = (AccordEntity) type.getDeclaredConstructor().newInstance();
                assertEquals(type, Nodes.typeOf(record.typeName()), "the type of " + type.getName() + "'s ids");
                names.add(record.typeName());
            }
        }
        assertEquals(Set.of("Actor", "ActorName", "Affiliation", "Citation", "Commitment", "CommitmentStatusChange",
                "Event", "EventRelation", "ExternalId", "Participation", "Place", "Process", "Quote", "Source", "Statement"),
                names);
        assertNull(Nodes.typeOf("CommitmentParty"), "an entity that is not a Node has no global id");
    }
}
