package org.virtualhall.gateway.inner.monitor;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.gateway.inner.InnerProperties;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.model.submission.Submission;

/**
 * 行为监控: counts submissions per applicant and per source over the last minute. From the configured count
 * on, the submission is flagged and held in quarantine for an operator: a person does not file 30
 * applications a minute, a script does.
 */
@Component
@Profile("inner")
public class BehaviourMonitor {

    private static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private final int perApplicant;
    private final int perSource;
    private final Map<String, Deque<Long>> byApplicant = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> bySource = new ConcurrentHashMap<>();

    BehaviourMonitor(Clock clock, InnerProperties props) {
        this.clock = clock;
        this.perApplicant = props.perApplicantPerMinute();
        this.perSource = props.perSourcePerMinute();
    }

    public void check(Submission s) {
        long now = clock.millis();
        int applicantCount = count(byApplicant, s.applicant().idNumber(), now);
        int sourceCount = count(bySource, String.valueOf(s.source()), now);
        if (applicantCount >= perApplicant) {
            throw new InnerRefusal(InnerRefusal.HELD, "行为监控：同一身份证号1分钟内第" + applicantCount
                    + "次申报（阈值" + perApplicant + "），已暂扣待人工复核");
        }
        if (sourceCount >= perSource) {
            throw new InnerRefusal(InnerRefusal.HELD, "行为监控：来源 " + s.source() + " 1分钟内第" + sourceCount
                    + "次申报（阈值" + perSource + "），已暂扣待人工复核");
        }
    }

    /** Records one event for the key and returns how many fell within the last minute, this one included. */
    private static int count(Map<String, Deque<Long>> windows, String key, long now) {
        Deque<Long> times = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            times.addLast(now);
            return times.size();
        }
    }

    /** Drops keys that have been quiet for a minute, so the maps do not grow without bound. */
    public void forgetQuiet() {
        long cutoff = clock.millis() - WINDOW_MILLIS;
        for (Map<String, Deque<Long>> windows : java.util.List.of(byApplicant, bySource)) {
            windows.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast() <= cutoff;
                }
            });
        }
    }
}
