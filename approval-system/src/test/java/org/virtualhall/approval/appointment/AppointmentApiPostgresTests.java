package org.virtualhall.approval.appointment;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.Postgres.class)
class AppointmentApiPostgresTests extends AppointmentApiContract {
}
