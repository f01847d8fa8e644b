package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiTypes.SearchHit;
import org.virtualhall.client.search.LocalSearch;
import org.virtualhall.client.testing.TestCatalog;

class LocalSearchTests {

    private final LocalSearch search = new LocalSearch(TestCatalog.hall());

    @Test
    void chineseFindsTheItemAndItsWindow() {
        assertThat(search.search("身份证", 10).hits()).extracting(SearchHit::id).contains(TestCatalog.ID_CARD_REISSUE, "A03");
    }

    @Test
    void pinyinInitialsAndFullPinyinWorkToo() {
        assertThat(search.search("sfz", 10).hits()).extracting(SearchHit::id).contains(TestCatalog.ID_CARD_REISSUE);
        assertThat(search.search("goufang", 10).hits()).extracting(SearchHit::id).contains(TestCatalog.SETTLE_BY_PROPERTY);
    }

    @Test
    void nothingMatchesNonsense() {
        assertThat(search.search("xyzxyz", 10).total()).isZero();
    }
}
