package org.virtualhall.approval.consultation;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class ConsultationApiH2Tests extends ConsultationApiContract {
}
