package org.virtualhall.approval.supervision;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class SupervisionPostgresTests extends SupervisionContract {
}
