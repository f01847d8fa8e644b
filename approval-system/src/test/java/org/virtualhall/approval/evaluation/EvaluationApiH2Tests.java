package org.virtualhall.approval.evaluation;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class EvaluationApiH2Tests extends EvaluationApiContract {
}
