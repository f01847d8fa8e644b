package org.virtualhall.approval.audit;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class AuditLogPostgresTests extends AuditLogContract {
}
