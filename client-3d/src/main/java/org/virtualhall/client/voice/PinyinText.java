package org.virtualhall.client.voice;

import com.fasterxml.jackson.core.type.TypeReference;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.virtualhall.model.json.HallJson;

/**
 * Chinese text to pinyin with tone digits, as espeak-ng's {@code cmn-latn-pinyin} voice reads it: the
 * dictionary (HanLP) for most words, the hall's override table for polyphones it gets wrong (银行
 * yin2 hang2), numbers read as Chinese numbers, Latin letters spelled, punctuation as pauses.
 */
public final class PinyinText {

    public static final String OVERRIDES = "tts/pinyin-overrides.yaml";
    private static final String[] LETTERS = {"ei1", "bi4", "xi4", "di4", "yi4", "ai2 fu1", "ji4", "ai2 qi1",
        "ai4", "zhai4", "kai4", "ai2 le4", "ai2 mu3", "en1", "ou1", "pi4", "kiu4", "a4", "ai2 si1", "ti4",
        "you1", "wei4", "da2 bu1 liu3", "ai2 ke4 si1", "wai4", "zei4"};

    private final Map<String, String> overrides;
    private final int longestOverride;

    public PinyinText(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
        this.longestOverride = overrides.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** With the override table shipped in assets. */
    public static PinyinText fromClasspath() {
        try (InputStream in = PinyinText.class.getClassLoader().getResourceAsStream(OVERRIDES)) {
            if (in == null) {
                throw new IllegalStateException("the pronunciation table " + OVERRIDES + " is not on the class path");
            }
            return new PinyinText(HallJson.data().readValue(in, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OVERRIDES, e);
        }
    }

    public String convert(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder han = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String word = overrideAt(text, i);
            char c = text.charAt(i);
            if (word != null) {
                flush(han, out);
                out.add(overrides.get(word));
                i += word.length();
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han.append(c);
            } else {
                flush(han, out);
                if (Character.isDigit(c)) {
                    int end = i;
                    while (end < text.length() && Character.isDigit(text.charAt(end))) {
                        end++;
                    }
                    out.add(ChineseNumbers.pinyin(text.substring(i, end)));
                    i = end;
                    continue;
                }
                if (c < 128 && Character.isLetter(c)) {
                    out.add(LETTERS[Character.toUpperCase(c) - 'A']);
                } else if (!Character.isWhitespace(c)) {
                    out.add(",");
                }
            }
            i++;
        }
        flush(han, out);
        return String.join(" ", out).replace(" ,", ",").replaceAll(",+", ",").replaceAll("^,\\s*|,$", "").strip();
    }

    private String overrideAt(String text, int i) {
        for (int len = Math.min(longestOverride, text.length() - i); len >= 2; len--) {
            String candidate = text.substring(i, i + len);
            if (overrides.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void flush(StringBuilder han, List<String> out) {
        if (han.isEmpty()) {
            return;
        }
        for (Pinyin p : HanLP.convertToPinyinList(han.toString())) {
            out.add(p.getPinyinWithoutTone() + p.getTone());
        }
        han.setLength(0);
    }
}
