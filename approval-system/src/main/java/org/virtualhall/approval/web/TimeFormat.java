package org.virtualhall.approval.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.system.ApprovalProperties;

/** Instants as the hall reads them, in its own time zone; used by the templates as {@code @fmt}. */
@Component("fmt")
public class TimeFormat {

    private final DateTimeFormatter minutes;

    TimeFormat(ApprovalProperties properties) {
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
    }

    public String at(Instant instant) {
        return instant == null ? "" : minutes.format(instant);
    }
}
