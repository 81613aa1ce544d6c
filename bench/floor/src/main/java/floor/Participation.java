package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.eclipse.microprofile.graphql.Ignore;

/** Accord's participation table: an actor's part in an event. */
@Entity
public class Participation extends PanacheEntityBase {
    @Id
    public Long id;
    @Ignore
    public Long actorId;
    @Ignore
    public Long eventId;
    public String role;
}
