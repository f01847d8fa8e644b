package org.virtualhall.approval.supervision;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class SupervisionH2Tests extends SupervisionContract {
}
