package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * What every stored record has: a database id (exposed only as an opaque global id), a version
 * for optimistic locking, and creation and update times.
 *
 * <p>Entities hold links to other records as plain id columns ({@code placeId}, {@code eventId}),
 * never as JPA associations: GraphQL resolves every link with a batch resolver, one query per
 * level, so nothing can walk a lazy collection. Each concrete entity says {@code implements Node}
 * itself, because SmallRye GraphQL marks only direct implementors as implementing the interface.
 */
@MappedSuperclass
public abstract class AccordEntity extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(generator = "accord_id")
    // Blocks of 500 ids per sequence call (V5__id_blocks.sql sets the sequence's increment to match).
    @SequenceGenerator(name = "accord_id", sequenceName = "accord_id_seq", allocationSize = 500)
    @Column(name = "id")
    @Ignore
    public Long pk;

    @Version
    @Description("Incremented by every change; send it back as `expectedVersion` to update safely.")
    public int version;

    @CreationTimestamp
    @NonNull
    @Description("When the record was stored.")
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @NonNull
    @Description("When the record was last changed.")
    public OffsetDateTime updatedAt;

    /** The GraphQL type name, which is part of every global id and so of the public contract. */
    public abstract String typeName();

    @Id
    @NonNull
    @Description("Opaque global id, the same on every instance; pass it to `node(id:)` or the typed look-ups.")
    public String getId() {
        return GlobalId.encode(typeName(), pk);
    }
}
