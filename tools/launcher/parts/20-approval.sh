# The approval system: intake from the inner gateway, case workflow, e-supervision, back office.
# shellcheck shell=bash
PARTS+=(approval)

APPROVAL_PORT="${APPROVAL_PORT:-8090}"

# PostgreSQL for the store tests, chromium and its driver for the browser tests, a CJK font for both.
approval_packages() { echo postgresql chromium chromium-driver fonts-wqy-microhei; }

approval_up() {
  if is_running approval; then say "approval system already running on $APPROVAL_PORT"; return 0; fi
  local cp command; cp=$(hall_classpath approval-system runtime)
  part_argv command approval --class-path "$cp" --port "$APPROVAL_PORT" -- --approval.data-dir="$RUN_DIR/approval-data" \
    --approval.search.url="$(inner_search_url)"
  start_bg approval "${command[@]}"
  wait_for_http approval "$(part_health approval "$APPROVAL_PORT")" 180 || return 1
  echo "$APPROVAL_PORT" >"$RUN_DIR/approval.port"
  say "approval system on http://127.0.0.1:$APPROVAL_PORT/ ($(approval_passwords))"
}

# Where the console's initial passwords are: written once, at the store's first start, readable by its owner only.
approval_passwords() {
  local file="$RUN_DIR/approval-data/initial-passwords.txt"
  if [[ -f $file ]]; then
    echo "initial console passwords, each valid until its first login: $file"
  else
    echo "console passwords as their users set them; $file was deleted after the first start"
  fi
}

approval_ports() { echo "$APPROVAL_PORT"; }
approval_urls() {
  echo "approval console: http://127.0.0.1:$APPROVAL_PORT/  logins: admin, supervisor jiancha, window staff by badge (QX0005), heads head-GA …; $(approval_passwords)"
}

approval_down() { stop_bg approval; rm -f "$RUN_DIR/approval.port"; }

approval_status() {
  if is_running approval && curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$APPROVAL_PORT/actuator/health"; then
    say "approval: up on $APPROVAL_PORT (pid $(cat "$RUN_DIR/approval.pid"))"
  elif is_running approval; then
    say "approval: starting or unhealthy (pid $(cat "$RUN_DIR/approval.pid"), log $RUN_DIR/approval.log)"
  else
    say "approval: down"
  fi
}

BENCH_QUICK_ARGS[approval]="-Dbench.warmup=500 -Dbench.intakes=3000 -Dbench.cases=100000"
# ./hall bench approval [-Dbench.intakes=N -Dbench.warmup=N -Dbench.connections=N -Dbench.cases=N]:
# intake cases/s on H2 and PostgreSQL, dashboard time with 1,000,000 cases.
bench_approval() {
  ensure_packages postgresql
  build_if_needed
  local cp; cp=$(hall_classpath approval-system test)
  say "approval benchmark: intake on H2 and PostgreSQL, then dashboard with 1,000,000 cases (a few minutes)…"
  (cd "$HALL_ROOT/approval-system" && java -Xmx2g "$@" -cp "$cp" org.virtualhall.approval.bench.ApprovalBench \
     "$BENCH_DIR/approval.json") >"$RUN_DIR/approval-bench.log" 2>&1 \
    || { tail -n 30 "$RUN_DIR/approval-bench.log" >&2; die "approval benchmark failed (log: $RUN_DIR/approval-bench.log)"; }
  python3 - "$BENCH_DIR/approval.json" <<'PY' 2>/dev/null || cat "$BENCH_DIR/approval.json"
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{'store':<12}{'intake cases/s':>16}{'batch intake cases/s':>22}{'dashboard ms first/median/max':>32}")
for name, store in (("h2", "H2"), ("postgresql", "Postgres")):
    d = " / ".join(str(r[f"dashboard{store}{k}Ms"]) for k in ("", "Median", "Max"))
    print(f"{name:<12}{r[f'intake{store}PerSecond']:>16}{r[f'intakeBatch{store}PerSecond']:>22}{d:>32}")
print(f"single: {r['connections']} connections; batch: {r['casesPerBatchCall']} cases per call on {r['batchConnections']} connections")
print(f"cases in the store: {r['cases']:,}; targets: intake >= 2000 cases/s, dashboard <= 200 ms")
PY
}
