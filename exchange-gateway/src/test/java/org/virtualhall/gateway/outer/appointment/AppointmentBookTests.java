package org.virtualhall.gateway.outer.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.model.appointment.AppointmentPlan;

/**
 * The booking ledger on the real databases: citizens pressing at once for the last places of a slot, through several
 * ledgers (as several outer instances) on one database, never overbook it; a cancelled place can be booked again.
 */
class AppointmentBookTests {

    private static final int CITIZENS = 50;
    private static final int CAPACITY = 5;
    private static final int BOOKED_BEFORE = 3;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final LocalTime SLOT = LocalTime.of(9, 30);
    private static final AppointmentPlan PLAN = AppointmentPlan.fromClasspath();

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void fiftyCitizensRacingForTheLastPlacesGetExactlyThePlacesLeft(DataSource database) throws Exception {
        List<AppointmentBook> instances = List.of(book(database), book(database), book(database));
        instances.get(0).setCapacity("A03", CAPACITY, DAY, Instant.now());
        for (int i = 0; i < BOOKED_BEFORE; i++) {
            assertThat(instances.get(0).book(citizen(1000 + i), "GA003", "A03", DAY, SLOT, Instant.now())).isPresent();
        }

        ExecutorService pool = Executors.newFixedThreadPool(CITIZENS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<AppointmentBook.Booked>>> presses = new ArrayList<>();
        try {
            for (int i = 0; i < CITIZENS; i++) {
                AppointmentBook at = instances.get(i % instances.size());
                String who = citizen(i);
                Callable<Optional<AppointmentBook.Booked>> press = () -> {
                    start.await();
                    return at.book(who, "GA003", "A03", DAY, SLOT, Instant.now());
                };
                presses.add(pool.submit(press));
            }
            start.countDown();
            long succeeded = 0;
            for (Future<Optional<AppointmentBook.Booked>> f : presses) {
                succeeded += f.get(120, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertThat(succeeded).as("successes").isEqualTo(CAPACITY - BOOKED_BEFORE);
            assertThat(CITIZENS - succeeded).as("refusals").isEqualTo(CITIZENS - CAPACITY + BOOKED_BEFORE);
        } finally {
            pool.shutdownNow();
        }
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointment WHERE window_no = 'A03' AND status = 'BOOKED'",
                Integer.class)).isEqualTo(CAPACITY);
        assertThat(instances.get(1).slots("A03", DAY)).filteredOn(s -> s.start().equals(SLOT))
                .singleElement().satisfies(s -> assertThat(s.left()).isZero());
        assertThat(jdbc.queryForList("SELECT number FROM appointment WHERE window_no = 'A03'", String.class))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void aCancelledPlaceCanBeBookedAgainAndOnlyItsOwnerCancels(DataSource database) {
        AppointmentBook book = book(database);
        book.setCapacity("B01", 1, DAY, Instant.now());
        AppointmentBook.Booked first = book.book(citizen(1), "MZ001", "B01", DAY, SLOT, Instant.now()).orElseThrow();
        assertThat(book.book(citizen(2), "MZ001", "B01", DAY, SLOT, Instant.now())).isEmpty();

        assertThat(book.cancel(first.id(), citizen(2))).as("someone else's").isFalse();
        assertThat(book.cancel(first.id(), citizen(1))).isTrue();
        assertThat(book.cancel(first.id(), citizen(1))).as("twice").isFalse();

        assertThat(book.book(citizen(2), "MZ001", "B01", DAY, SLOT, Instant.now())).isPresent();
        assertThat(book.mine(citizen(1), DAY)).extracting(AppointmentBook.Booked::status).containsExactly("CANCELLED");
        assertThat(book.slots("B01", DAY).get(0).capacity()).isEqualTo(1);
        assertThat(book.slots("C09", DAY).get(0).capacity()).as("a window not set").isEqualTo(PLAN.defaultCapacity());
        book.setCapacity("B01", 3, DAY, Instant.now().minusSeconds(60));
        assertThat(book.slots("B01", DAY).get(0).capacity()).as("an older publication changes nothing").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void aCitizenHoldsAtMostThePlansOpenBookingsAndOnePerItemAndDayPastAndCancelledOnesNotCounted(DataSource database) {
        AppointmentBook book = book(database);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, AppointmentBook.HALL_ZONE);
        String who = citizen(3000);
        AppointmentBook.Booked yesterdays = book.book(who, "GA003", "A03", today.minusDays(1), SLOT, now.minus(Duration.ofDays(2)))
                .orElseThrow();
        assertThat(yesterdays.day()).isBefore(today);

        assertThat(book.book(who, "GA003", "A03", today.plusDays(1), SLOT, now)).isPresent();
        assertThatThrownBy(() -> book.book(who, "GA003", "A03", today.plusDays(1), LocalTime.of(10, 0), now))
                .isInstanceOfSatisfying(AppointmentBook.LimitReached.class, e -> assertThat(e.sameItemAndDay()).isTrue());
        List<AppointmentBook.Booked> held = new ArrayList<>();
        for (int d = 2; d <= PLAN.openPerCitizen(); d++) {
            held.add(book.book(who, "GA003", "A03", today.plusDays(d), SLOT, now).orElseThrow());
        }
        LocalDate oneMore = today.plusDays(PLAN.openPerCitizen() + 1);
        assertThatThrownBy(() -> book.book(who, "MZ001", "B01", oneMore, SLOT, now))
                .isInstanceOfSatisfying(AppointmentBook.LimitReached.class, e -> {
                    assertThat(e.sameItemAndDay()).isFalse();
                    assertThat(e.limit()).isEqualTo(PLAN.openPerCitizen());
                });
        assertThat(book.book(citizen(3001), "MZ001", "B01", oneMore, SLOT, now)).as("another citizen").isPresent();

        assertThat(book.cancel(held.get(0).id(), who)).isTrue();
        assertThat(book.book(who, "MZ001", "B01", oneMore, SLOT, now)).as("after a cancellation").isPresent();
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void oneCitizensBookingsPressingAtOnceThroughSeveralLedgersStayWithinTheLimits(DataSource database) throws Exception {
        List<AppointmentBook> instances = List.of(book(database), book(database), book(database));
        LocalDate today = LocalDate.now(AppointmentBook.HALL_ZONE);
        String who = citizen(4000);
        int presses = 12;
        ExecutorService pool = Executors.newFixedThreadPool(presses * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> manyDays = new ArrayList<>();
        List<Future<Boolean>> oneDay = new ArrayList<>();
        try {
            for (int i = 0; i < presses; i++) {
                AppointmentBook at = instances.get(i % instances.size());
                LocalDate day = today.plusDays(1 + i);
                manyDays.add(pool.submit(() -> press(start, () -> at.book(who, "GA003", "A03", day, SLOT, Instant.now()))));
                LocalTime slot = PLAN.slots().get(i % PLAN.slots().size());
                oneDay.add(pool.submit(() -> press(start, () -> at.book(citizen(4001), "MZ001", "B01", today.plusDays(1), slot,
                        Instant.now()))));
            }
            start.countDown();
            assertThat(succeeded(manyDays)).as("bookings on different days").isEqualTo(PLAN.openPerCitizen());
            assertThat(succeeded(oneDay)).as("bookings of one item and day").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointment WHERE id_number = ?", Integer.class, who))
                .isEqualTo(PLAN.openPerCitizen());
    }

    /** One booking when the start is given: whether it was made (a full slot or a limit refuse it). */
    private static boolean press(CountDownLatch start, Callable<Optional<AppointmentBook.Booked>> booking) throws Exception {
        start.await();
        try {
            return booking.call().isPresent();
        } catch (AppointmentBook.LimitReached refused) {
            return false;
        }
    }

    private static long succeeded(List<Future<Boolean>> presses) throws Exception {
        long n = 0;
        for (Future<Boolean> f : presses) {
            n += f.get(120, TimeUnit.SECONDS) ? 1 : 0;
        }
        return n;
    }

    private static AppointmentBook book(DataSource database) {
        return new AppointmentBook(new JdbcTemplate(database), new DataSourceTransactionManager(database), PLAN);
    }

    private static String citizen(int n) {
        return String.format("33010219900101%04d", n);
    }
}
