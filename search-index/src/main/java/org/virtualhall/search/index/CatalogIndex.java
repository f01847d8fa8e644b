package org.virtualhall.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.virtualhall.model.hall.Hall;

/**
 * The one start-up step tests and production share: apply the template with the current synonym
 * rules, then re-index the hall's catalog behind the aliases, each item with the colloquial words of
 * those rules that name it ({@link ColloquialNames}). Calling it again is the "reload":
 * edited synonyms or a newly published catalog take effect without a moment of empty results.
 */
public final class CatalogIndex {

    private final IndexTemplate template;
    private final Indexer indexer;
    private final Path synonymFile;

    /** @param synonymFile the administrator's synonym file, or null for the list shipped in assets */
    public CatalogIndex(ElasticsearchClient client, Path synonymFile) {
        this.template = new IndexTemplate(client);
        this.indexer = new Indexer(client);
        this.synonymFile = synonymFile;
    }

    public Map<DocumentType, String> rebuild(Hall hall, IndexProgress progress) throws IOException {
        return rebuild(CatalogDocuments.of(hall), progress);
    }

    public Map<DocumentType, String> rebuild(List<SearchDocument> documents, IndexProgress progress) throws IOException {
        List<String> rules = Synonyms.load(synonymFile);
        template.apply(rules);
        return indexer.reindex(new ColloquialNames(rules).addTo(documents), progress);
    }
}
