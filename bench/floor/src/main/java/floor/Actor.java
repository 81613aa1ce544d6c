package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Accord's actor table, the two columns the floor's queries read. */
@Entity
public class Actor extends PanacheEntityBase {
    @Id
    public Long id;
    public String name;
}
