package org.virtualhall.approval.audit;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class AuditLogH2Tests extends AuditLogContract {
}
