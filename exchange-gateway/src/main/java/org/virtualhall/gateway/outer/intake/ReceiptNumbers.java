package org.virtualhall.gateway.outer.intake;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 受理编号: {@code SB} + the day in Beijing time + {@code -} + ten letters, each number greater than the one before it
 * at the same instance, and never given twice however many outer instances share the database.
 *
 * <p>Why in order: the receipt is the key of a row or an index entry in five tables on the two sides (submission,
 * its events, the envelope ids seen, the audit, the loaded receipts), and both databases write their changed pages to
 * the file before every answer or ack. A random key touches another page on every insert, so each write carries a page
 * per submission per index; a key that grows touches the same last page (docs/performance.md).
 *
 * <p>The ten letters are 50 bits: the top one set, then a counter, then ten random bits. The counter comes in blocks
 * of 1,024 from the database sequence {@code receipt_block}, one block per instance at a time, so instances never
 * share one and a restart starts a new one; the random bits keep the next citizen's number from being this one's plus
 * one. The top bit puts every number above those of the scheme before (the millisecond of the day in the high 30 bits,
 * below 2^47), so a day that had both never sees one twice. The letters are the receipt alphabet, which sorts as the
 * values do.
 */
@Component
@Profile("outer")
public class ReceiptNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BEIJING);
    private static final int LETTERS = 10;
    private static final int RANDOM_BITS = 10;
    private static final int BLOCK_BITS = 10;
    private static final long TOP = 1L << (5 * LETTERS - 1);

    private final JdbcTemplate jdbc;
    private final String nextBlock;
    // DRBG, not the platform default: NativePRNG reads /dev/urandom under one global lock for every call.
    private final SecureRandom random;
    /** The next counter value to give and the first one past the current block; guarded by this. */
    private long next;
    private long blockEnd;

    ReceiptNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.nextBlock = "PostgreSQL".equals(product) ? "SELECT nextval('receipt_block')" : "SELECT NEXT VALUE FOR receipt_block";
        try {
            this.random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new receipt number for a submission sealed at {@code now}. */
    public String next(Instant now) {
        long counter;
        synchronized (this) {
            if (next == blockEnd) {
                long block = jdbc.queryForObject(nextBlock, Long.class);
                next = block << BLOCK_BITS;
                blockEnd = next + (1L << BLOCK_BITS);
            }
            counter = next++;
        }
        return "SB" + DAY.format(now) + "-" + letters(TOP | counter << RANDOM_BITS | random.nextInt(1 << RANDOM_BITS));
    }

    static String letters(long value) {
        char[] s = new char[LETTERS];
        for (int i = LETTERS - 1; i >= 0; i--) {
            s[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(s);
    }
}
