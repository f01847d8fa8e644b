package org.virtualhall.gateway.support;

import org.virtualhall.model.submission.Applicant;
import org.virtualhall.model.validation.IdCardNumber;

/** Valid real-name applicants, with ID numbers that pass the check digit. */
public final class Applicants {

    private Applicants() {
    }

    /** A distinct valid ID number per n (born on some day of 1970–1999 in 330102). */
    public static String idNumber(int n) {
        int year = 1970 + Math.floorMod(n, 30);
        int day = 1 + Math.floorMod(n / 30, 28);
        String first17 = String.format("330102%04d%02d%02d%03d", year, 1 + Math.floorMod(n / 840, 12), day,
                Math.floorMod(n, 1000));
        return first17 + IdCardNumber.checkChar(first17);
    }

    public static Applicant applicant(int n) {
        return new Applicant("张三", idNumber(n), String.format("138%08d", Math.floorMod(n, 100_000_000)));
    }
}
