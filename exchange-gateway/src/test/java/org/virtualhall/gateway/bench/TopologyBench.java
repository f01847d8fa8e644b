package org.virtualhall.gateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtualhall.gateway.topology.TopologyRun;

/**
 * {@code ./hall bench topology [--quick]}: 5,000 submissions (300 with --quick) through the hall on clusters while an
 * outer instance, each side's primary broker and a search node go down ({@link TopologyRun}). Writes the counts;
 * exits 1 unless every submission was answered and became exactly one case.
 */
public final class TopologyBench {

    private static final int FULL = 5000;
    private static final int QUICK = 300;

    private TopologyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/topology.json");
        boolean quick = args.length > 1 && "--quick".equals(args[1]);
        TopologyRun.Outcome o;
        try {
            o = new TopologyRun(quick ? QUICK : FULL).run(Files.createTempDirectory("topology"));
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(2);
            return;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("submissions", o.submissions());
        r.put("accepted", o.accepted());
        r.put("lost", o.lost());
        r.put("duplicated", o.duplicated());
        r.put("kills", o.kills());
        r.put("failoverSeconds", o.failoverSeconds());
        r.put("seconds", Math.round(o.seconds() * 10) / 10.0);
        r.put("perSecond", Math.round(o.perSecond() * 10) / 10.0);
        r.put("searches", o.searches());
        r.put("searchFailures", o.searchFailures());
        BenchReport.write(out, "the hall on clusters: two outer instances, broker pairs, three search nodes, with kills", r);
        System.exit(o.nothingLostOrDuplicated() ? 0 : 1);
    }
}
