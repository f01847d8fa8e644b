package org.virtualhall.approval.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.search.index.DocumentType;
import org.virtualhall.search.query.SearchHit;
import org.virtualhall.search.query.SearchQuery;
import org.virtualhall.search.query.SearchResult;
import org.virtualhall.search.query.SearchService;
import org.virtualhall.search.query.SearchUnavailableException;

/**
 * The console's one search box: items, windows and staff through the hall's own search service (the same ranking
 * citizens get, on the internal node), cases through {@link CaseQueries}. Every failure of the node becomes
 * {@link SearchUnavailableException}.
 */
@Service
class StaffSearch {

    static final String UNAVAILABLE = "检索服务暂不可用";

    private final InnerSearchNode node;
    private final SearchService catalog;
    private final int size;
    private final ZoneId zone;

    StaffSearch(InnerSearchNode node, SearchSettings settings, ApprovalProperties approval) {
        this.node = node;
        this.catalog = new SearchService(node.search());
        this.size = settings.groupSize();
        this.zone = approval.zone();
    }

    StaffSearchResult search(String text) {
        List<StaffSearchResult.Group> groups = new ArrayList<>();
        groups.add(catalogGroup(DocumentType.ITEM, "事项", text, "/admin/items/"));
        groups.add(catalogGroup(DocumentType.WINDOW, "窗口", text, "/admin/windows/"));
        groups.add(catalogGroup(DocumentType.STAFF, "工作人员", text, "/admin/staff/"));
        groups.add(cases(text));
        return new StaffSearchResult(groups);
    }

    /**
     * A kind of catalog entry. The hall's service never answers nothing; its closest items are offered as such, and
     * for windows and staff (looked up by name or number) they are no help and left out.
     */
    private StaffSearchResult.Group catalogGroup(DocumentType type, String label, String text, String admin) {
        SearchResult result = catalog.search(new SearchQuery(text, Optional.of(type), Optional.empty(), Optional.empty(), size));
        if (result.fallback() && type != DocumentType.ITEM) {
            return new StaffSearchResult.Group(type.code(), label, List.of(), false);
        }
        List<StaffSearchResult.Hit> hits = result.hits().stream()
                .map(hit -> new StaffSearchResult.Hit(hit.id(), Marks.fromEm(hit.highlight()), detail(hit),
                        admin + UriUtils.encodePathSegment(hit.id(), "UTF-8")))
                .toList();
        return new StaffSearchResult.Group(type.code(), label, hits, result.fallback());
    }

    private static String detail(SearchHit hit) {
        return Stream.of(hit.id(), hit.department(), String.join("、", hit.windows()))
                .filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(" · "));
    }

    private StaffSearchResult.Group cases(String text) {
        SearchResponse<CaseDocument> response;
        try {
            response = node.search().search(s -> s.index(CaseSearchIndex.ALIAS).ignoreUnavailable(true)
                    .query(CaseQueries.search(text)).size(size)
                    .highlight(h -> h.preTags(Marks.PRE).postTags(Marks.POST).numberOfFragments(0)
                            .fields("itemName", f -> f).fields("applicantName", f -> f)), CaseDocument.class);
        } catch (IOException | ElasticsearchException | IllegalStateException e) {
            throw new SearchUnavailableException(UNAVAILABLE, e);
        }
        List<StaffSearchResult.Hit> hits = response.hits().hits().stream().map(this::caseHit).toList();
        return new StaffSearchResult.Group("case", "办件", hits, false);
    }

    private StaffSearchResult.Hit caseHit(Hit<CaseDocument> hit) {
        CaseDocument c = hit.source();
        String item = marked(hit, "itemName", c.itemName());
        String applicant = marked(hit, "applicantName", c.applicantName());
        String title = Marks.html(c.receipt()) + " " + item + " · " + applicant + " " + Marks.html(c.applicantId());
        String detail = String.join(" · ", List.of(CaseState.valueOf(c.state()).label(), c.window() + " 窗口",
                "收件 " + Instant.parse(c.submittedAt()).atZone(zone).toLocalDate(), "办结时限 " + c.deadline()));
        return new StaffSearchResult.Hit(c.receipt(), title, detail, "/cases/" + c.id());
    }

    private static String marked(Hit<CaseDocument> hit, String field, String plain) {
        List<String> fragments = hit.highlight().get(field);
        return Marks.html(fragments == null || fragments.isEmpty() ? plain : fragments.get(0));
    }
}
