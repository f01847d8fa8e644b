package org.virtualhall.client.font;

import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * The characters baked into the font atlas: printable ASCII, common CJK punctuation and arrows, the 3755
 * level-1 characters of GB 2312 (what people type most), and every character the hall's own data uses.
 */
public final class GlyphSet {

    private static final String EXTRA = "，。、：；！？（）《》“”‘’—…·「」【】〔〕←→↑↓●○■□√×％￥—～①②③④⑤";

    private final BitSet codePoints = new BitSet(0x10000);

    public GlyphSet() {
        IntStream.rangeClosed(0x20, 0x7e).forEach(codePoints::set);
        add(EXTRA);
        addGb2312Level1();
    }

    public GlyphSet add(CharSequence text) {
        text.codePoints().filter(c -> c < 0x10000 && !Character.isISOControl(c)).forEach(codePoints::set);
        return this;
    }

    private void addGb2312Level1() {
        Charset gb = Charset.forName("GB2312");
        byte[] pair = new byte[2];
        for (int hi = 0xB0; hi <= 0xD7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                pair[0] = (byte) hi;
                pair[1] = (byte) lo;
                String s = new String(pair, gb);
                if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                    codePoints.set(s.charAt(0));
                }
            }
        }
    }

    public IntStream codePoints() {
        return codePoints.stream();
    }

    public boolean contains(int codePoint) {
        return codePoint < 0x10000 && codePoints.get(codePoint);
    }

    public int size() {
        return codePoints.cardinality();
    }
}
