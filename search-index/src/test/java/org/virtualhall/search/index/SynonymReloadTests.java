package org.virtualhall.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.search.query.SearchHit;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;
import org.virtualhall.search.testing.TestCatalog;

@ExtendWith(SearchNodeExtension.class)
class SynonymReloadTests {

    private final ElasticsearchClient client = FixtureIndex.client();
    private final SearchService search = new SearchService(client);

    @Test
    void anEditedSynonymFileTakesEffectWithTheNextReindex(@TempDir Path dir) throws Exception {
        assertThat(topNames("红本本")).doesNotContain("结婚登记");

        Path file = dir.resolve("synonyms.txt");
        String shipped = String.join("\n", Synonyms.load(null));
        Files.writeString(file, shipped + "\n# 管理员新增\n红本本, 结婚登记\n", StandardCharsets.UTF_8);
        new CatalogIndex(client, file).rebuild(TestCatalog.hall(), IndexProgress.SILENT);

        assertThat(topNames("红本本")).first().isEqualTo("结婚登记");
        assertThat(topNames("领结婚证")).first().isEqualTo("结婚登记");
    }

    @Test
    void shippedListIgnoresCommentsAndBlankLines() {
        List<String> rules = Synonyms.load(null);
        assertThat(rules).isNotEmpty().noneMatch(rule -> rule.startsWith("#") || rule.isBlank());
        assertThat(rules).anyMatch(rule -> rule.contains("身分证"));
    }

    @AfterEach
    void restoreShippedSynonyms() throws Exception {
        new CatalogIndex(client, null).rebuild(TestCatalog.hall(), IndexProgress.SILENT);
    }

    private List<String> topNames(String text) {
        return search.search(new SearchQuery(text, Optional.of(DocumentType.ITEM), Optional.empty(), Optional.empty(), 3))
                .hits().stream().map(SearchHit::name).toList();
    }
}
