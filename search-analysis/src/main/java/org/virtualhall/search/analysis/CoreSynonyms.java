package org.virtualhall.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * 同义词词林 (HIT's extended Tongyici Cilin) as HanLP ships it in its jar
 * ({@value #RESOURCE}): one line per group, {@code Aa01A01= 人 士 人物 …}. Only the groups marked
 * {@code =} (true synonyms; {@code #} marks related words, {@code @} a word alone) are used, and of
 * them only words of two characters or more: single characters stand for too many things. The map
 * is built once per node and setting, however many indices use it.
 */
final class CoreSynonyms {

    static final String RESOURCE = "/data/dictionary/synonym/CoreSynonym.txt";
    private static final Map<Integer, SynonymMap> BUILT = new ConcurrentHashMap<>();

    private CoreSynonyms() {
    }

    /** @param maxGroupSize groups with more words than this are left out (the largest are loose themes) */
    static SynonymMap map(int maxGroupSize) {
        return BUILT.computeIfAbsent(maxGroupSize, size -> AccessController.doPrivileged(
                (PrivilegedAction<SynonymMap>) () -> SynonymRules.parse(CoreSynonymFilterFactory.NAME, rules(read(), size))));
    }

    /** The groups as Solr rules ({@code 失业, 下岗, 待业}). */
    static List<String> rules(String dictionary, int maxGroupSize) {
        return dictionary.lines()
                .map(line -> line.strip().split("\\s+"))
                .filter(parts -> parts.length > 2 && parts[0].endsWith("="))
                .map(parts -> Arrays.stream(parts, 1, parts.length).filter(word -> word.length() >= 2).distinct().toList())
                .filter(words -> words.size() >= 2 && words.size() <= maxGroupSize)
                .map(words -> String.join(", ", words))
                .toList();
    }

    private static String read() {
        try (InputStream in = CoreSynonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's " + RESOURCE + " is not on the plugin's class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
