package org.virtualhall.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColloquialNamesTests {

    private final ColloquialNames names = new ColloquialNames(List.of(
            "良民证, 无犯罪证明, 无犯罪记录证明",
            "红本本, 大红本 => 结婚证",
            "开店, 个体户"));

    @Test
    void aRuleWhoseWordIsPartOfTheNameGivesTheItemItsOtherWords() {
        assertThat(names.namesOf(item("无犯罪记录证明", List.of()))).containsExactly("良民证", "无犯罪证明");
    }

    @Test
    void aOneWayRuleGivesItsColloquialSideToItemsNamedByItsOfficialSide() {
        assertThat(names.namesOf(item("补领婚姻登记证", List.of("结婚证")))).containsExactly("红本本", "大红本");
        assertThat(names.namesOf(item("红本本的事", List.of()))).isEmpty();
    }

    @Test
    void onlyItemsGetThemAndAnAliasAlreadyThereIsNotRepeated() {
        SearchDocument item = item("个体工商户设立登记", List.of("开店"));
        SearchDocument window = new SearchDocument("window", "A01", "个体户窗口", List.of(), List.of(), "SJ", "市场监管", List.of("A01"), 1, "", "");
        assertThat(names.addTo(List.of(item, window))).extracting(SearchDocument::colloquial)
                .containsExactly(List.of("个体户"), List.of());
    }

    private static SearchDocument item(String name, List<String> aliases) {
        return new SearchDocument("item", "X001", name, aliases, List.of(), "X", "部门", List.of("A01"), 1, "", "");
    }
}
