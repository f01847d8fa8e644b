package org.virtualhall.approval.appointment;

import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.store.TestStores;

@ContextConfiguration(initializers = TestStores.H2.class)
class AppointmentApiH2Tests extends AppointmentApiContract {
}
