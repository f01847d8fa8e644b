package org.virtualhall.approval.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.virtualhall.approval.admin.CatalogEditor;
import org.virtualhall.approval.browser.Browser;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.approval.security.InitialPasswordFile;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.approval.store.TestStores;
import org.virtualhall.approval.workflow.CaseAction;
import org.virtualhall.approval.workflow.CaseCommand;
import org.virtualhall.approval.workflow.CaseWorkflow;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.testlb.Haproxy;

/**
 * Two approval instances on one PostgreSQL behind a real HAProxy, started at the same moment on an empty database.
 * The store is seeded once; cases come in through the balancer to both; the same step taken on both at once is
 * taken once (the case version); every case event reaches the gateway once and in order (one instance pushes at a
 * time); a catalog change made on one reaches the other's intake; a browser signed in to the console stays signed in
 * (the balancer keeps it on its instance, where its session is).
 */
class TwoInstancesBehindABalancerTests {

    private static final int CASES = 80;

    @Test
    void twoInstancesOnOneDatabaseShareItsWorkAndNeitherDoesAnythingTwice() throws Exception {
        String url = TestStores.newPostgresDatabase();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(
                () -> TestStores.start(TestStores.postgres(url)));
        try (ConfigurableApplicationContext first = TestStores.start(TestStores.postgres(url));
             ConfigurableApplicationContext second = starting.join();
             Haproxy balancer = Haproxy.startSticky(List.of(port(first), port(second)), "/actuator/health")) {
            JdbcClient db = first.getBean(JdbcClient.class);
            assertSeededOnce(db, first, second);

            List<String> receipts = intakeThrough(new JsonHttp(URI.create(balancer.url()), HallJson.wire()));
            assertThat(intakes(first)).as("cases taken by the first instance").isPositive();
            assertThat(intakes(second)).as("cases taken by the second instance").isPositive();
            assertThat(intakes(first) + intakes(second)).isEqualTo(CASES);

            assertEachCaseAcceptedOnceWhenBothTryAtOnce(first, second, receipts);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> db.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single() == 0);
            for (String receipt : receipts) {
                List<JsonNode> events = TestGateway.shared().eventsOf(receipt);
                assertThat(events).as("events of " + receipt).extracting(e -> e.path("step").asText())
                        .containsExactly("收件", "受理");
            }

            assertCatalogChangeReachesTheOtherInstance(first, second);

            try (Browser browser = new Browser(balancer.port())) {
                Accounts.signIn(browser, issuer(first, second), "QX0005");
                for (int i = 0; i < 6; i++) {
                    browser.open("/cases");
                    assertThat(browser.await(By.id("logout")).isDisplayed()).isTrue();
                }
            }
        }
    }

    private static void assertSeededOnce(JdbcClient db, ConfigurableApplicationContext... instances) {
        assertThat(db.sql("SELECT COUNT(*) FROM departments").query(Long.class).single())
                .isEqualTo(Applications.HALL.departments().size());
        assertThat(db.sql("SELECT COUNT(*) FROM items").query(Long.class).single())
                .isEqualTo(Applications.HALL.items().size());
        assertThat(db.sql("SELECT COUNT(*) FROM users WHERE username = 'admin'").query(Long.class).single()).isOne();
        assertThat(Arrays.stream(instances).filter(i -> Files.exists(passwordFile(i))))
                .as("instances that issued initial passwords").hasSize(1);
    }

    private static Path issuer(ConfigurableApplicationContext... instances) {
        return Arrays.stream(instances).filter(i -> Files.exists(passwordFile(i))).findFirst().map(Accounts::dataDir)
                .orElseThrow();
    }

    private static Path passwordFile(ConfigurableApplicationContext instance) {
        return Accounts.dataDir(instance).resolve(InitialPasswordFile.NAME);
    }

    private static List<String> intakeThrough(JsonHttp balancer) throws Exception {
        List<String> receipts = IntStream.range(0, CASES).mapToObj(i -> Applications.receipt()).toList();
        ExecutorService citizens = Executors.newFixedThreadPool(8);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (String receipt : receipts) {
                answers.add(citizens.submit(() -> balancer.post("/api/intake", Applications.idCardReplacement(receipt))));
            }
            for (Future<Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(201);
            }
        } finally {
            citizens.shutdownNow();
        }
        return receipts;
    }

    private static void assertEachCaseAcceptedOnceWhenBothTryAtOnce(ConfigurableApplicationContext first,
                                                                   ConfigurableApplicationContext second,
                                                                   List<String> receipts) throws Exception {
        CaseRepository cases = first.getBean(CaseRepository.class);
        List<CaseWorkflow> workflows = List.of(first.getBean(CaseWorkflow.class), second.getBean(CaseWorkflow.class));
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            for (String receipt : receipts) {
                CaseRecord seen = cases.findByReceipt(receipt).orElseThrow();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> tries = workflows.stream().map(w -> clerks.submit(() -> {
                    together.await();
                    try {
                        w.perform(seen.id(), CaseCommand.of(CaseAction.ACCEPT, seen.version(), "QX0005", ""));
                        return true;
                    } catch (OptimisticLockingFailureException refused) {
                        return false;
                    }
                })).toList();
                int taken = 0;
                for (Future<Boolean> t : tries) {
                    taken += t.get() ? 1 : 0;
                }
                assertThat(taken).as("acceptances of " + receipt).isOne();
                assertThat(cases.find(seen.id()).orElseThrow().version()).isEqualTo(seen.version() + 1);
            }
        } finally {
            clerks.shutdownNow();
        }
    }

    private static void assertCatalogChangeReachesTheOtherInstance(ConfigurableApplicationContext first,
                                                                  ConfigurableApplicationContext second) {
        Catalog there = second.getBean(Catalog.class);
        Item before = there.item(Applications.ID_CARD_REPLACEMENT).orElseThrow();
        assertThat(first.getBean(CatalogEditor.class).addAlias(before, "补办身份证件")).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> there.item(Applications.ID_CARD_REPLACEMENT).orElseThrow()
                .aliases().contains("补办身份证件"));
        Set<String> aliases = there.item(Applications.ID_CARD_REPLACEMENT).orElseThrow().aliases().stream()
                .collect(Collectors.toSet());
        assertThat(aliases).containsAll(before.aliases());
    }

    private static long intakes(ConfigurableApplicationContext instance) {
        Timer timer = instance.getBean(MeterRegistry.class).find("http.server.requests").tag("uri", "/api/intake").timer();
        return timer == null ? 0 : timer.count();
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}
