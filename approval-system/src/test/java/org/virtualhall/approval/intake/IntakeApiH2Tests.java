package org.virtualhall.approval.intake;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class IntakeApiH2Tests extends IntakeApiContract {
}
