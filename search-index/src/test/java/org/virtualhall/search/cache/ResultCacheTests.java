package org.virtualhall.search.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ResultCacheTests {

    private final ResultCache<String, String> cache = new ResultCache<>(2);
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
    void theLeastRecentlyUsedAnswerGoesFirst() {
        cache.validFor("g1");
        cache.get("a", search);
        cache.get("b", search);
        cache.get("a", search);
        cache.get("c", search);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("a", search)).isEqualTo("a#1");
        assertThat(cache.get("b", search)).isEqualTo("b#4");
    }
}
