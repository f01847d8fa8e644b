package org.virtualhall.approval.hotwords;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class SearchTermsApiH2Tests extends SearchTermsApiContract {
}
