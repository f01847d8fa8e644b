package org.virtualhall.search.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultCacheTests {

    private final ResultCache<String, String> cache = new ResultCache<>(2, Runnable::run);
    private final AtomicInteger loads = new AtomicInteger();
    private final Function<String, String> search = q -> q + "#" + loads.incrementAndGet();

    @Test
    void aRepeatedQueryIsAnsweredOnceWithinAGeneration() {
        cache.validFor("g1");
        assertThat(cache.get("身份证", search)).isEqualTo("身份证#1");
        assertThat(cache.get("身份证", search)).isEqualTo("身份证#1");
        assertThat(loads).hasValue(1);
        assertThat(cache.stats()).isEqualTo(new ResultCache.Stats(1, 1));
    }

    @Test
    void aNewGenerationDropsEveryAnswer() {
        cache.validFor("g1");
        cache.get("身份证", search);
        cache.validFor("g1");
        assertThat(cache.get("身份证", search)).isEqualTo("身份证#1");
        cache.validFor("g2");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("身份证", search)).isEqualTo("身份证#2");
    }

    @Test
    void anUnknownGenerationBypassesTheCache() {
        assertThat(cache.get("身份证", search)).isEqualTo("身份证#1");
        assertThat(cache.get("身份证", search)).isEqualTo("身份证#2");
        cache.validFor("g1");
        cache.get("身份证", search);
        cache.suspend();
        assertThat(cache.size()).isZero();
        assertThat(cache.get("身份证", search)).isEqualTo("身份证#4");
        assertThat(cache.size()).isZero();
    }

    @Test
    void anAnswerLoadedAcrossASwapIsNotKept() {
        cache.validFor("g1");
        String answer = cache.get("身份证", q -> {
            cache.validFor("g2");
            return "old index";
        });
        assertThat(answer).isEqualTo("old index");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFrequentAnswerOutlivesQuestionsAskedOnce() {
        ResultCache<String, String> small = new ResultCache<>(10, Runnable::run);
        small.validFor("g1");
        // Caffeine counts how often things are asked once the cache is half full: fill it first
        for (int i = 0; i < 10; i++) {
            small.get("第" + i + "个问题", search);
        }
        for (int i = 0; i < 20; i++) {
            small.get("身份证", search);
        }
        for (int i = 0; i < 100; i++) {
            small.get("我要办第" + i + "件事", search);
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);
        assertThat(small.get("身份证", search)).isEqualTo("身份证#11");
    }

    @ParameterizedTest(name = "cache serving: {0}")
    @ValueSource(booleans = {true, false})
    void searchesThatMissRunSideBySide(boolean serving) throws Exception {
        if (serving) {
            cache.validFor("g1");
        }
        CountDownLatch bothSearching = new CountDownLatch(2);
        Function<String, String> slowSearch = q -> {
            bothSearching.countDown();
            try {
                return bothSearching.await(10, TimeUnit.SECONDS) ? q + " found" : q + " searched alone";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return q + " interrupted";
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> cache.get("身份证", slowSearch));
            Future<String> second = pool.submit(() -> cache.get("结婚登记", slowSearch));
            assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("身份证 found");
            assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo("结婚登记 found");
        } finally {
            pool.shutdownNow();
        }
    }
}
