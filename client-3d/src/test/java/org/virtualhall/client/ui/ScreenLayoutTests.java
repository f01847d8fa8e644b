package org.virtualhall.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenLayoutTests {

    /** The shipped hall's floors are 64 m × 36 m; a deep floor makes the radar as tall as it may be. */
    @ParameterizedTest
    @CsvSource({"1280, 720, false, 0.5625", "1920, 1080, false, 0.5625", "2560, 1440, false, 0.5625",
        "1280, 720, true, 0.5625", "1920, 1080, true, 0.5625", "2560, 1440, true, 0.5625", "1280, 720, true, 1.5",
        "1024, 768, true, 0.5625", "800, 600, false, 0.5625"})
    void noPartCoversAnotherOrLeavesTheScreen(int width, int height, boolean large, double aspect) {
        ScreenLayout layout = ScreenLayout.of(width, height, 1f, large, aspect);
        Rect screen = new Rect(0, 0, width, height);
        Map<String, Rect> rects = layout.rects();
        List<String> names = List.copyOf(rects.keySet());
        for (int i = 0; i < names.size(); i++) {
            Rect a = rects.get(names.get(i));
            assertThat(a.width()).as(names.get(i) + " width").isPositive();
            assertThat(a.height()).as(names.get(i) + " height").isPositive();
            assertThat(a.within(screen)).as(names.get(i) + " " + a + " on the screen").isTrue();
            for (int j = i + 1; j < names.size(); j++) {
                if (ScreenLayout.shownTogether(names.get(i), names.get(j))) {
                    assertThat(a.overlaps(rects.get(names.get(j)))).as(names.get(i) + " " + a + " and " + names.get(j) + " "
                            + rects.get(names.get(j))).isFalse();
                }
            }
        }
        assertThat(layout.panel().height()).as("the panel column keeps most of the height").isGreaterThan(height * 0.55f);
        assertThat(layout.panel().top()).as("the column reaches up to the card's title line").isGreaterThan(layout.hud().y());
        assertThat(layout.panel().y()).as("and down to the caption bar").isGreaterThan(layout.caption().top());
    }

    @Test
    void whileAPanelIsOpenTheCardAndTheBannerKeepToOneLine() {
        assertThat(ScreenLayout.shownTogether("hud", "panel")).isFalse();
        assertThat(ScreenLayout.shownTogether("hud", "hudTitle")).isFalse();
        assertThat(ScreenLayout.shownTogether("banner", "panel")).isFalse();
        assertThat(ScreenLayout.shownTogether("bannerLine", "banner")).isFalse();
        assertThat(ScreenLayout.shownTogether("bannerLine", "panel")).isTrue();
        assertThat(ScreenLayout.shownTogether("hudTitle", "panel")).isTrue();
        assertThat(ScreenLayout.shownTogether("caption", "panel")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1920, 1080", "2560, 1440"})
    void textAndControlsGrowWithTheWindowAndMoreSoWithLargeText(int width, int height) {
        ScreenLayout plain = ScreenLayout.of(width, height, 1f, false, 0.5625);
        ScreenLayout large = ScreenLayout.of(width, height, 1f, true, 0.5625);
        assertThat(plain.scale()).isEqualTo(height / 720f);
        assertThat(large.scale()).isEqualTo(plain.scale() * ScreenLayout.LARGE_TEXT);
        assertThat(plain.radar().width()).isEqualTo(400f * plain.scale());
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 10, 10, 10, 0, 5, 5, false", "0, 0, 10, 10, 9, 9, 5, 5, true", "0, 0, 10, 10, 2, 2, 2, 2, true"})
    void rectanglesOverlapOnlyWhenTheyShareArea(float ax, float ay, float aw, float ah, float bx, float by, float bw, float bh,
                                                boolean overlap) {
        assertThat(new Rect(ax, ay, aw, ah).overlaps(new Rect(bx, by, bw, bh))).isEqualTo(overlap);
        assertThat(new Rect(bx, by, bw, bh).overlaps(new Rect(ax, ay, aw, ah))).isEqualTo(overlap);
    }
}
