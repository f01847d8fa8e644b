package org.virtualhall.approval.workflow;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class WorkflowPostgresTests extends WorkflowContract {
}
