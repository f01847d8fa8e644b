package org.virtualhall.approval.evaluation;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class EvaluationApiPostgresTests extends EvaluationApiContract {
}
