package org.virtualhall.approval.queue;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class QueueApiPostgresTests extends QueueApiContract {
}
