package org.virtualhall.approval.consultation;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class ConsultationApiPostgresTests extends ConsultationApiContract {
}
