package org.virtualhall.approval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.virtualhall.approval.admin.CatalogEditor;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRepository;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.intake.IntakeRequest;
import org.virtualhall.approval.intake.IntakeService;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.approval.web.ConsoleOnH2;
import org.virtualhall.model.catalog.Post;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.testing.SearchNodeExtension;

/**
 * The console's 检索 against a real Elasticsearch node with the hall's analysis: what the approval system indexes
 * (at start, after a catalog change, after each case), what staff find by everyday words, pinyin and names, that an
 * ID number never leaves masked, the catch-up after the node was away and the page while it is.
 */
@ExtendWith(SearchNodeExtension.class)
@ContextConfiguration(initializers = SearchNodeUnderTest.class)
class StaffSearchTests extends ConsoleOnH2 {

    /** The full build at start and the first searches on a busy two-core machine. */
    static final Duration INDEXED = Duration.ofMinutes(3);

    @Autowired
    IntakeService intake;
    @Autowired
    CaseRepository cases;
    @Autowired
    CatalogEditor editor;
    @Autowired
    Catalog catalog;

    @Test
    void everydayWordsAndInitialsFindTheItemAndItsCases() throws Exception {
        CaseRecord c = newCase("公孙策", Applications.idNumber());
        String lost = awaitFind("身份证丢了", page -> group(page, "item").contains("/admin/items/GA003")
                && group(page, "case").contains(c.receipt()));
        assertThat(group(lost, "item")).contains("居民<mark>身份证</mark>补领");
        assertThat(group(lost, "case")).contains("<mark>");
        String initials = awaitFind("sfz", page -> group(page, "item").contains("/admin/items/GA003"));
        assertThat(group(initials, "item")).contains("居民身份证补领");
    }

    @Test
    void anApplicantsNameFindsTheirCaseAndTheIdNumberStaysMasked() throws Exception {
        String id = Applications.idNumber();
        CaseRecord c = newCase("欧阳明月", id);
        String masked = id.substring(0, 6) + "********" + id.substring(14);

        String byName = group(awaitFind("欧阳明月", page -> group(page, "case").contains(c.receipt())), "case");
        assertThat(byName).contains("<mark>", "/cases/" + c.id(), masked).doesNotContain(id);
        String byPinyin = awaitFind("ouyangmingyue", page -> group(page, "case").contains(c.receipt()));
        assertThat(byPinyin).doesNotContain(id);
        String byId = awaitFind(id, page -> group(page, "case").contains(c.receipt()));
        assertThat(byId).contains(masked).doesNotContain(id);

        try (ElasticsearchClient node = SearchClients.create(SearchNodeExtension.url())) {
            JsonNode stored = HallJson.wire().valueToTree(node.get(g -> g.index(CaseSearchIndex.ALIAS)
                    .id(Long.toString(c.id())), Map.class).source());
            assertThat(stored.path("applicantId").asText()).isEqualTo(masked);
            assertThat(stored.toString()).doesNotContain(id).doesNotContain(c.applicant().mobile());
            long unmasked = node.search(s -> s.index("*").query(q -> q.queryString(qs -> qs.query("\"" + id + "\""))),
                    Map.class).hits().total().value();
            assertThat(unmasked).isZero();
        }
    }

    @Test
    void aMemberOfStaffSavedInTheConsoleIsFound() throws Exception {
        awaitFind("身份证", page -> group(page, "item").contains("/admin/items/GA003"));
        Staff colleague = catalog.store().staff().get(0);
        List<String> problems = editor.save(new Staff("QX9901", "诸葛青云", colleague.department(), colleague.window(),
                Post.B, colleague.role(), colleague.title(), List.of("受理"), colleague.photo(), true));
        assertThat(problems).isEmpty();

        String found = group(awaitFind("诸葛青云", page -> group(page, "staff").contains("QX9901")), "staff");
        assertThat(found).contains("<mark>", "/admin/staff/QX9901");
    }

    @Test
    void whileTheNodeIsAwayThePageSaysSoAndCasesAreFoundOnceItIsBack() throws Exception {
        awaitFind("身份证", page -> group(page, "item").contains("/admin/items/GA003"));
        SearchNodeUnderTest.cut();
        CaseRecord c;
        try {
            c = newCase("司马长风", Applications.idNumber());
            await("the approval system notices").atMost(INDEXED)
                    .until(() -> health().at("/components/searchNode/details/node").asText(), "unreachable"::equals);
            assertThat(health().path("status").asText()).isEqualTo("UP");
            assertThat(find("司马长风")).contains(StaffSearch.UNAVAILABLE).doesNotContain("group-case");
            mvc.perform(get("/cases").with(as("QX0005"))).andExpect(status().isOk());
            mvc.perform(get("/search").param("q", c.receipt()).with(as("QX0005"))).andExpect(status().isOk());
        } finally {
            SearchNodeUnderTest.restore();
        }
        String found = group(awaitFind("司马长风", page -> group(page, "case").contains(c.receipt())), "case");
        assertThat(found).contains("/cases/" + c.id());
        await("health sees the node again").atMost(INDEXED)
                .until(() -> health().at("/components/searchNode/details/node").asText(), "reachable"::equals);
    }

    @Test
    void idNumbersAreMaskedToRegionAndLastFour() {
        assertThat(IdMask.mask("11010519491231002x")).isEqualTo("110105********002X");
        assertThat(IdMask.mask("110105********002X")).isEqualTo("110105********002X");
        assertThat(IdMask.mask("110105491231002")).isEqualTo("110105******002");
        assertThat(IdMask.maskIn("张三 11010519491231002X 身份证")).isEqualTo("张三 110105********002X 身份证");
        assertThat(IdMask.isId("身份证")).isFalse();
    }

    @Test
    void markupInWhatIsFoundIsShownAsText() {
        assertThat(Marks.fromEm("<em>身份证</em><script>alert(1)</script>"))
                .isEqualTo("<mark>身份证</mark>&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Marks.html(Marks.PRE + "王<b>" + Marks.POST)).isEqualTo("<mark>王&lt;b&gt;</mark>");
    }

    private CaseRecord newCase(String applicant, String idNumber) {
        return newCase(intake, cases, applicant, idNumber);
    }

    /** A 居民身份证补领 case of this applicant, through intake as the gateway hands it in. */
    static CaseRecord newCase(IntakeService intake, CaseRepository cases, String applicant, String idNumber) {
        Map<String, Object> body = Applications.idCardReplacement(Applications.receipt());
        body.put("sqr", Map.of("xm", applicant, "zjhm", idNumber, "sjhm", "13912345678"));
        IntakeRequest request = HallJson.wire().convertValue(body, IntakeRequest.class);
        return cases.find(intake.intake(request).caseId()).orElseThrow();
    }

    private String awaitFind(String q, Predicate<String> found) {
        return await("检索 " + q).atMost(INDEXED).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> find(q), found);
    }

    private String find(String q) throws Exception {
        return mvc.perform(get("/find").param("q", q).with(as("QX0005"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode health() throws Exception {
        return HallJson.wire().readTree(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString());
    }

    /** The part of the page that shows one group (item, window, staff, case), or "" when it is not there. */
    static String group(String page, String key) {
        int start = page.indexOf("id=\"group-" + key + "\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
    }
}
