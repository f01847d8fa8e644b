package org.virtualhall.approval.hotwords;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.virtualhall.approval.web.ConsoleOnH2;

/** 热词管理's filter: a bad number of days or minimum count is refused naming the field, and the list still shows. */
class HotWordsPageTests extends ConsoleOnH2 {

    @Test
    void aMinimumCountThatIsNotAWholeNumberIsRefusedNamingIt() throws Exception {
        mvc.perform(get(HotWordsController.PATH).param("min", "三").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最少检索次数应为 1 到 1000000 之间的整数（收到 “三”）")))
                .andExpect(content().string(containsString("id=\"terms\"")));
    }

    @Test
    void daysOutOfRangeAndAMinimumOfZeroAreBothNamed() throws Exception {
        mvc.perform(get(HotWordsController.PATH).param("days", "400").param("min", "0").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("天数应为 1 到 366 之间的整数（收到 “400”）")))
                .andExpect(content().string(containsString("最少检索次数应为 1 到 1000000 之间的整数（收到 “0”）")));
    }

    @Test
    void aValidFilterIsShownBackWithTheList() throws Exception {
        mvc.perform(get(HotWordsController.PATH).param("days", "7").param("min", "20").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最近 7 天、至少检索 20 次，共")));
    }
}
