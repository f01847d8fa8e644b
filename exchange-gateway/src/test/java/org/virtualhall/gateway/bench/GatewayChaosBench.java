package org.virtualhall.gateway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtualhall.gateway.support.ChaosRun;

/**
 * {@code ./hall bench gateway-chaos}: the full reliability run — 5,000 submissions while outer, ferry
 * and inner are each killed with -9 several times at random points, and the ferry drops and corrupts 2% of the
 * bundle files and delivers some twice and out of order. Prints and writes the counts; exits 1 unless every
 * accepted receipt reached the approval system exactly once and every refusal had a reason.
 * Arguments: the JSON output file, then optionally submissions, kills per role, citizens and the seed.
 */
public final class GatewayChaosBench {

    private GatewayChaosBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/gateway-chaos.json");
        int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int citizens = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : System.currentTimeMillis();
        ChaosRun.Outcome o;
        try {
            o = new ChaosRun(submissions, kills, citizens, seed).run(Files.createTempDirectory("gateway-chaos"));
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(2);
            return;
        }

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("chaosSubmissions", o.submissions());
        r.put("chaosAccepted", o.accepted());
        r.put("chaosRefused", o.refused());
        r.put("chaosRefusedWithReason", o.refusedWithReason());
        r.put("chaosCasesInApproval", o.cases());
        r.put("chaosAcceptedMissing", o.acceptedMissing());
        // Cases beyond the receipts citizens were given: a repeat after a lost 202 that became a second
        // application. Citizens repeat with their Idempotency-Key, so this stays 0.
        r.put("chaosDeliveredWithoutAnswer", o.cases() - (o.accepted() - o.acceptedMissing()));
        r.put("chaosDuplicateCreations", o.duplicateCreations());
        r.put("chaosRepeatedIntakes", o.repeatedIntakes());
        r.put("chaosCasesWithoutAudit", o.casesWithoutAudit());
        r.put("chaosCasesWithoutDelivered", o.casesWithoutDelivered());
        r.put("chaosKills", o.kills());
        r.put("chaosKillsPerRole", kills);
        r.put("chaosSeed", seed);
        r.put("chaosSeconds", o.seconds());
        o.ferry().forEach((k, v) -> r.put("chaosFerry" + Character.toUpperCase(k.charAt(0)) + k.substring(1), v));
        boolean ok = o.exactlyOnce() && o.trailsComplete() && o.refusedWithReason() == o.refused();
        r.put("chaosExactlyOnce", ok ? 1 : 0);
        BenchReport.write(out, "exchange gateway reliability run (kill -9, drop, corrupt, repeat, reorder)", r);
        System.exit(ok ? 0 : 1);
    }
}
