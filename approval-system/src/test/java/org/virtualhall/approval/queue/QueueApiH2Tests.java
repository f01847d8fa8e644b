package org.virtualhall.approval.queue;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class QueueApiH2Tests extends QueueApiContract {
}
