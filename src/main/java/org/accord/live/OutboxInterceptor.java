package org.accord.live;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.accord.graphql.TimelineItem;
import org.hibernate.Interceptor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.type.Type;

/**
 * Sees every entity Hibernate persists, on every write path (mutations, dossier imports, the seed),
 * and gathers the timeline items of the transaction into its {@link OutboxBatch}, which appends
 * them to the outbox just before the transaction commits.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class OutboxInterceptor implements Interceptor {

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxTailer tailer;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (entity instanceof TimelineItem item) {
            batch().add(item);
        }
        return false; // the entity's state is not changed here
    }

    /** The batch of the current transaction, registered with its session the first time. */
    private OutboxBatch batch() {
        OutboxBatch batch = (OutboxBatch) transactions.getResource(OutboxBatch.class);
        if (batch == null) {
            batch = new OutboxBatch(tailer::wake);
            transactions.putResource(OutboxBatch.class, batch);
            // the session of this transaction: the one persisting the entity
            TransactionCompletionCallbacks callbacks = Panache.getEntityManager().unwrap(SharedSessionContractImplementor.class)
                    .getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) batch);
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) batch);
        }
        return batch;
    }
}
