package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Accord's event table, the two columns the floor's queries read. */
@Entity
public class Event extends PanacheEntityBase {
    @Id
    public Long id;
    public String title;
}
