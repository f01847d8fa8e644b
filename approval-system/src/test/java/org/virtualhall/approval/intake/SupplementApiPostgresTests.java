package org.virtualhall.approval.intake;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class SupplementApiPostgresTests extends SupplementApiContract {
}
