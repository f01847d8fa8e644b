package org.virtualhall.approval.intake;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class SupplementApiH2Tests extends SupplementApiContract {
}
