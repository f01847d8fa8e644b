package org.virtualhall.gateway.outer.intake;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 受理编号: {@code SB} + the day in Beijing time + {@code -} + ten letters, each number greater than the one before.
 *
 * <p>Why in order: the receipt is the key of a row or an index entry in five tables on the two sides (submission,
 * its events, the envelope ids seen, the audit, the loaded receipts), and both databases write their changed pages to
 * the file before every answer or ack. A random key touches another page on every insert, so each write carries a page
 * per submission per index; a key that grows touches the same last page (docs/performance.md).
 *
 * <p>The ten letters are 50 bits: the millisecond of the day in the high 30, then 20 bits that start at a random value
 * below half their range and count up when numbers come faster than the clock. Within a day a number is never given
 * twice: the first number of each day (and the first after a restart) starts above the greatest one stored for it,
 * should the clock have gone back. The letters are the receipt alphabet, which sorts as the values do.
 */
@Component
@Profile("outer")
public class ReceiptNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final int LETTERS = 10;
    private static final int LOW_BITS = 20;
    /** How many values ten letters hold: 32 to the tenth. */
    private static final long VALUES = 1L << (5 * LETTERS);

    private final JdbcTemplate jdbc;
    // DRBG, not the platform default: NativePRNG reads /dev/urandom under one global lock for every call.
    private final SecureRandom random;
    /** The day of the last number given, and its 50-bit value; guarded by this. */
    private String day;
    private long last;

    ReceiptNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        try {
            this.random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new receipt number for a submission sealed at {@code now}. */
    public String next(Instant now) {
        ZonedDateTime there = now.atZone(BEIJING);
        String today = DAY.format(there);
        long millisOfDay = there.toLocalTime().toNanoOfDay() / 1_000_000;
        long candidate = (millisOfDay << LOW_BITS) | random.nextInt(1 << (LOW_BITS - 1));
        synchronized (this) {
            if (!today.equals(day)) {
                day = today;
                last = greatestStored(prefix(today));
            }
            last = Math.max(candidate, last + 1);
            if (last >= VALUES) {
                throw new IllegalStateException("no receipt numbers left for " + today);
            }
            return prefix(today) + letters(last);
        }
    }

    private static String prefix(String day) {
        return "SB" + day + "-";
    }

    /** The value of the greatest receipt of the day that a submission or a key holds, or -1 when none does. */
    private long greatestStored(String prefix) {
        long greatest = -1;
        for (String table : new String[] {"submission", "submission_key"}) {
            // a range and a descending scan, which both databases answer from the receipt index (LIKE reads the whole
            // day); bounds that differ only in letters, which every collation orders alike
            List<String> last = jdbc.queryForList("SELECT receipt FROM " + table + " WHERE receipt >= ? AND receipt <= ? "
                    + "ORDER BY receipt DESC FETCH FIRST 1 ROW ONLY", String.class, prefix + letters(0),
                    prefix + letters(VALUES - 1));
            if (!last.isEmpty() && last.get(0).length() == prefix.length() + LETTERS) {
                greatest = Math.max(greatest, value(last.get(0).substring(prefix.length())));
            }
        }
        return greatest;
    }

    static String letters(long value) {
        char[] s = new char[LETTERS];
        for (int i = LETTERS - 1; i >= 0; i--) {
            s[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(s);
    }

    /** The value of ten receipt letters; -1 when one is not in the alphabet. */
    static long value(String letters) {
        long v = 0;
        for (int i = 0; i < letters.length(); i++) {
            int digit = ALPHABET.indexOf(letters.charAt(i));
            if (digit < 0) {
                return -1;
            }
            v = (v << 5) | digit;
        }
        return v;
    }
}
