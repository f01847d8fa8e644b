package org.virtualhall.client.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.kiosk.PinyinCandidates.Candidate;
import org.virtualhall.client.search.LocalSearch;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

class PinyinCandidatesTests {

    private static Hall hall;
    private static PinyinCandidates candidates;

    @BeforeAll
    static void load() {
        hall = HallLoader.fromClasspath();
        candidates = PinyinCandidates.of(hall);
    }

    private static List<String> words(String typed) {
        return candidates.lookup(typed, 8).stream().map(Candidate::word).toList();
    }

    @Test
    void pinyinOffersTheHallsOwnWords() {
        assertThat(words("shenfen")).startsWith("身份").contains("身份证");
        assertThat(words("shenfenzheng").get(0)).isEqualTo("身份证");
        assertThat(words("shen")).contains("身");
        assertThat(words("")).isEmpty();
        assertThat(words("xq")).as("letters no word begins with").isEmpty();
    }

    @Test
    void pickingCandidatesTypesChineseThatTheSearchFinds() {
        PinyinInput input = new PinyinInput(candidates);
        "shenfen".chars().forEach(c -> input.letter((char) c));
        input.pick(words("shenfen").indexOf("身份"));
        "zheng".chars().forEach(c -> input.letter((char) c));
        input.pick(words("zheng").indexOf("证"));

        assertThat(input.text()).isEqualTo("身份证");
        assertThat(input.pinyin()).isEmpty();
        assertThat(new LocalSearch(hall).search(input.text(), 8).hits()).anyMatch(h -> h.name().equals("居民身份证补领"));
    }

    @Test
    void aShorterWordLeavesTheRestOfTheLettersToPick() {
        PinyinInput input = new PinyinInput(candidates);
        "shenfenzheng".chars().forEach(c -> input.letter((char) c));
        input.pick(input.candidates().stream().map(Candidate::word).toList().indexOf("身份"));

        assertThat(input.text()).isEqualTo("身份");
        assertThat(input.pinyin()).isEqualTo("zheng");
        input.space();
        assertThat(input.text()).startsWith("身份").hasSize(3);
    }

    @Test
    void digitsLettersBackspaceAndClearEditTheText() {
        PinyinInput input = new PinyinInput(candidates);
        "sfz".chars().forEach(c -> input.letter((char) c));
        input.commitLetters();
        input.digit('2');
        input.backspace();
        input.letter('x');
        input.backspace();

        assertThat(input.text()).isEqualTo("sfz");
        input.clear();
        assertThat(input.text()).isEmpty();
        assertThatThrownBy(() -> input.pick(0)).hasMessageContaining("no candidate 1");
    }
}
