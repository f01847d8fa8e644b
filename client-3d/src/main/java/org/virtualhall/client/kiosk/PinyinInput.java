package org.virtualhall.client.kiosk;

import java.util.List;
import org.virtualhall.client.kiosk.PinyinCandidates.Candidate;

/**
 * What the on-screen keyboard has typed: the text so far and the pinyin letters not yet turned into Chinese.
 * Letters go to the pinyin; picking a candidate adds its word to the text and uses up its letters; digits, space and
 * 字母 (the letters as they are, for initials such as sfz) add to the text.
 */
public final class PinyinInput {

    static final int CANDIDATES = 8;

    private final PinyinCandidates dictionary;
    private final StringBuilder text = new StringBuilder();
    private String pinyin = "";
    private List<Candidate> candidates = List.of();

    public PinyinInput(PinyinCandidates dictionary) {
        this.dictionary = dictionary;
    }

    public String text() {
        return text.toString();
    }

    public String pinyin() {
        return pinyin;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public void letter(char c) {
        setPinyin(pinyin + Character.toLowerCase(c));
    }

    public void digit(char d) {
        commitLetters();
        text.append(d);
    }

    /** Space picks the first candidate while pinyin is pending, as input methods do; otherwise a space. */
    public void space() {
        if (!candidates.isEmpty()) {
            pick(0);
        } else {
            commitLetters();
            text.append(' ');
        }
    }

    public void backspace() {
        if (!pinyin.isEmpty()) {
            setPinyin(pinyin.substring(0, pinyin.length() - 1));
        } else if (text.length() > 0) {
            text.setLength(text.length() - 1);
        }
    }

    public void clear() {
        text.setLength(0);
        setPinyin("");
    }

    /** Adds candidate {@code index} (0-based) to the text. */
    public void pick(int index) {
        if (index < 0 || index >= candidates.size()) {
            throw new IllegalArgumentException("there is no candidate " + (index + 1) + " for '" + pinyin + "' ("
                    + candidates.size() + ")");
        }
        Candidate c = candidates.get(index);
        text.append(c.word());
        setPinyin(PinyinCandidates.remainder(pinyin, c));
    }

    /** The pending letters as they are (for pinyin initials such as sfz). */
    public void commitLetters() {
        text.append(pinyin);
        setPinyin("");
    }

    /** Takes over text typed elsewhere (the physical keyboard), with no pinyin pending. */
    public void setText(String value) {
        text.setLength(0);
        text.append(value);
        setPinyin("");
    }

    private void setPinyin(String value) {
        pinyin = value;
        candidates = dictionary.lookup(value, CANDIDATES);
    }
}
