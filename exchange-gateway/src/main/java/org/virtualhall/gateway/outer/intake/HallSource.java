package org.virtualhall.gateway.outer.intake;

import java.util.regex.Pattern;
import org.virtualhall.gateway.web.Refusal;

/** The {@code X-Hall-Source} header: the hall channel a request came through (web, kiosk-01 …), kept in the audit. */
public final class HallSource {

    public static final String HEADER = "X-Hall-Source";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private HallSource() {
    }

    /** The source as given, or a 400 naming the header when it could smuggle anything into logs or the audit. */
    public static String checked(String source) {
        if (!VALID.matcher(source).matches()) {
            throw Refusal.badRequest("invalid_value", "来源标识只能含字母、数字、下划线和连字符", HEADER);
        }
        return source;
    }
}
