package org.accord.persisted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A query registered by Apollo's automatic persisted queries protocol, under the SHA-256 hash of
 * its text. Kept in the database so that every instance finds what a client registered with any of
 * them; {@link PersistedQueryStore} bounds how many there are.
 */
@Entity
@Table(name = "persisted_query")
public class PersistedQuery extends PanacheEntityBase {

    /** SHA-256 of the document, 64 lower-case hexadecimal digits. */
    @Id
    @Column(name = "hash")
    public String hash;

    public String document;

    public Instant createdAt;

    /** When an instance last read it from the database; the least recently used go first. */
    public Instant lastUsedAt;
}
