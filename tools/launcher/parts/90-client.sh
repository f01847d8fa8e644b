# The 3D client (client-3d, issue 6): demo run, scripted headless tour, benchmark.
# shellcheck shell=bash
PARTS+=(client)

CLIENT_MAIN=org.virtualhall.client.Main
CLIENT_DEMO_DIR="$HALL_ROOT/target/demo"

client_packages() {
  echo xvfb libgl1-mesa-dri mesa-utils xauth espeak-ng fonts-wqy-microhei
}

# Runs COMMAND... with DISPLAY set: the caller's display, or a private Xvfb that is stopped afterwards.
client_with_display() {
  if [ -n "${DISPLAY:-}" ] && [ "${CLIENT_OWN_XVFB:-}" != 1 ]; then "$@"; return; fi
  local fifo xpid display rc
  fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
  xpid=$!
  read -r display <"$fifo"; rm -f "$fifo"
  set +e
  DISPLAY=":$display" "$@"; rc=$?
  set -e
  kill "$xpid" 2>/dev/null || true
  return $rc
}

client_java() {
  java -Xmx512m -Dfile.encoding=UTF-8 -cp "$(hall_classpath client-3d runtime)" "$CLIENT_MAIN" "$@"
}

# client_demo HEADLESS — called by ./hall demo once the server side is up.
client_demo() {
  local headless="$1" server="http://127.0.0.1:8080/"
  mkdir -p "$CLIENT_DEMO_DIR"
  if [ "$headless" = true ]; then
    say "client: scripted visit (headless) → screenshots and report in $CLIENT_DEMO_DIR"
    client_with_display client_java --server "$server" --headless --script "$HALL_ROOT/client-3d/scripts/demo.script" \
      --screenshots "$CLIENT_DEMO_DIR" --report "$CLIENT_DEMO_DIR/report.json" >"$CLIENT_DEMO_DIR/client.log" 2>&1 \
      || { tail -n 30 "$CLIENT_DEMO_DIR/client.log" >&2; die "the scripted client run failed (log: $CLIENT_DEMO_DIR/client.log)"; }
    client_summary "$CLIENT_DEMO_DIR/report.json"
  else
    [ -n "${DISPLAY:-}" ] || die "no display to open the 3D hall on (DISPLAY is not set): use ./hall demo --headless"
    say "client: opening the 3D hall (Esc closes panels, close the window to stop)"
    client_java --server "$server"
  fi
}

client_summary() {
  local report="$1"
  say "client report ($report):"
  grep -E '"(floor|heapUsedMb|firstFrameMs|route.arrived|search.chosen|wizard.step|voice.audio|tour.started|fps|route.p99Ms)"' "$report" \
    | sed 's/^ */  /'
  ls "$(dirname "$report")"/*.png 2>/dev/null | sed 's/^/  screenshot: /'
}

# A number from the client's JSON report, rounded to one decimal.
client_value() {
  grep -o "\"$1\" : [0-9.]*" "$2" | head -n 1 | awk '{printf "%.1f", $3}'
}

# ./hall bench client — fps at 1280x720 on llvmpipe walking the hall with radar and route, cold start to first
# frame, route p99, heap.
bench_client() {
  local out="$BENCH_DIR/client.json"
  say "client bench: walking the whole hall at 1280x720 (radar and route on)…"
  CLIENT_OWN_XVFB=1 client_with_display client_java --offline --headless --no-audio --idle 0 \
    --script "$HALL_ROOT/client-3d/scripts/bench.script" --report "$out" >"$BENCH_DIR/client.log" 2>&1 \
    || { tail -n 30 "$BENCH_DIR/client.log" >&2; die "the client bench failed (log: $BENCH_DIR/client.log)"; }
  printf '%-28s %-10s %s\n' metric value target \
    "fps (1280x720, llvmpipe)" "$(client_value fps "$out")" "≥ 60" \
    "first frame (ms)" "$(client_value firstFrameMs "$out")" "≤ 5000" \
    "route p99 (ms)" "$(client_value route.p99Ms "$out")" "≤ 5" \
    "heap used (MB)" "$(client_value heapUsedMb "$out")" "≤ 512"
  say "written $out"
}
