package org.virtualhall.client.voice;

/** Reads digits the way a caller would: 12 as 十二 (shi2 er4), 205 as 二百零五; long numbers digit by digit. */
final class ChineseNumbers {

    private static final String[] DIGITS = {"ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3"};

    private ChineseNumbers() {
    }

    static String pinyin(String digits) {
        if (digits.length() > 4 || (digits.length() > 1 && digits.charAt(0) == '0')) {
            StringBuilder out = new StringBuilder();
            for (char c : digits.toCharArray()) {
                out.append(out.isEmpty() ? "" : " ").append(DIGITS[c - '0']);
            }
            return out.toString();
        }
        int n = Integer.parseInt(digits);
        if (n < 10) {
            return DIGITS[n];
        }
        String[] units = {"", "shi2", "bai3", "qian1"};
        StringBuilder out = new StringBuilder();
        String s = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                pendingZero = unit > 0;
                continue;
            }
            if (pendingZero) {
                out.append(" ling2");
                pendingZero = false;
            }
            boolean tenAlone = d == 1 && unit == 1 && i == 0;
            out.append(tenAlone ? "" : " " + (d == 2 && unit >= 2 ? "liang3" : DIGITS[d]));
            out.append(units[unit].isEmpty() ? "" : " " + units[unit]);
        }
        return out.toString().strip();
    }
}
