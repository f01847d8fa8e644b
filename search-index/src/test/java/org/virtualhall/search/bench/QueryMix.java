package org.virtualhall.search.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * What the load's clients ask, as request paths. {@link #inTurn} cycles through the bench's query
 * set (every client starting elsewhere). {@link #zipf} draws from a large population of distinct
 * queries with Zipf-distributed popularity, as citizens ask: a few things very often (身份证,
 * 结婚登记), a long tail rarely or once.
 */
final class QueryMix {

    private static final String[] PREFIXES = {"", "我要", "我想", "请问", "怎么"};
    private static final String[] SUFFIXES = {"", "怎么办", "在哪办", "要什么材料", "在几楼", "流程", "需要多久", "去哪个窗口"};

    private final List<String> paths;
    private final double[] cumulative;

    private QueryMix(List<String> queries, double exponent) {
        this.paths = queries.stream().map(q -> "/api/search?size=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
        this.cumulative = exponent <= 0 ? null : cumulative(paths.size(), exponent);
    }

    static QueryMix inTurn(List<String> queries) {
        return new QueryMix(queries, 0);
    }

    /**
     * The seeds (most popular first) and their everyday variations (我要…, …在哪办), ranked so the
     * plain seeds lead and the variations form the tail in a fixed random order.
     */
    static QueryMix zipf(List<String> seeds, double exponent) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(seeds);
        List<String> variations = new ArrayList<>();
        for (String seed : seeds) {
            for (String prefix : PREFIXES) {
                for (String suffix : SUFFIXES) {
                    variations.add(prefix + seed + suffix);
                }
            }
        }
        Collections.shuffle(variations, new Random(42));
        distinct.addAll(variations);
        return new QueryMix(new ArrayList<>(distinct), exponent);
    }

    int distinct() {
        return paths.size();
    }

    /** The {@code n}-th request of client {@code client}. */
    String path(int client, long n, SplittableRandom random) {
        if (cumulative == null) {
            return paths.get((int) ((client * 7L + n) % paths.size()));
        }
        int rank = Arrays.binarySearch(cumulative, random.nextDouble());
        return paths.get(Math.min(paths.size() - 1, rank < 0 ? -rank - 1 : rank));
    }

    private static double[] cumulative(int n, double exponent) {
        double[] weights = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            weights[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            weights[rank] /= sum;
        }
        return weights;
    }
}
