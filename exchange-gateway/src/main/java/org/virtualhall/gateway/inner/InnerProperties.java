package org.virtualhall.gateway.inner;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inner side's settings.
 *
 * @param approvalUrl          base URL of the approval system (its {@code POST /api/intake})
 * @param approvalTimeout      how long one call to the approval system may take
 * @param loadWorkers          batches of the intake queue loaded at the same time (each in its own transaction)
 * @param loadBatch            submissions taken off the queue in one transaction and loaded in one
 *                             {@code POST /api/intake/batch}, at most; 1 loads each with {@code POST /api/intake}
 * @param loadPollTimeout      how long a load worker waits for the first submission of a batch
 * @param loadRetryAfter       how long a submission the approval system could not take waits before it is tried
 *                             again; doubled for every further try
 * @param loadRetryMax         the longest of those waits
 * @param supplementConsumers  parallel consumers of the supplements queue (补正材料 follow a window's request, so they
 *                             are far fewer than submissions)
 * @param codesLocation        folder of the code tables (对照表)
 * @param perApplicantPerMinute submissions by one ID number within a minute from which on they are held
 * @param perSourcePerMinute    the same for one source (kiosk, portal)
 * @param regionCode            the hall's 6-digit region code, mapped to the statistical one on intake
 */
@ConfigurationProperties("hall.gateway.inner")
public record InnerProperties(@DefaultValue("http://127.0.0.1:8090") String approvalUrl,
                              @DefaultValue("10s") Duration approvalTimeout,
                              @DefaultValue("4") int loadWorkers,
                              @DefaultValue("100") int loadBatch,
                              @DefaultValue("200ms") Duration loadPollTimeout,
                              @DefaultValue("500ms") Duration loadRetryAfter,
                              @DefaultValue("30s") Duration loadRetryMax,
                              @DefaultValue("8") int supplementConsumers,
                              @DefaultValue("classpath:codes/") String codesLocation,
                              @DefaultValue("30") int perApplicantPerMinute,
                              @DefaultValue("20000") int perSourcePerMinute,
                              @DefaultValue("330199") String regionCode) {
}
