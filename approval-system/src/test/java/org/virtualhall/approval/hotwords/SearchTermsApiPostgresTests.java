package org.virtualhall.approval.hotwords;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class SearchTermsApiPostgresTests extends SearchTermsApiContract {
}
