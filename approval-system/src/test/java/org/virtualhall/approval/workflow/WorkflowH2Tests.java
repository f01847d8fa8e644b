package org.virtualhall.approval.workflow;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class WorkflowH2Tests extends WorkflowContract {
}
