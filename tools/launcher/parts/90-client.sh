# The 3D client (client-3d): demo run, scripted headless tour, benchmark, ./hall client.
# shellcheck shell=bash
PARTS+=(client)

CLIENT_DEMO_DIR="$HALL_ROOT/target/demo"

client_packages() {
  echo xvfb libgl1-mesa-dri mesa-utils xauth espeak-ng
}

# npm fetches the client's font (Noto Sans SC) when client-3d builds.
client_commands() { echo npm:npm; }

# ./hall client [OPTIONS] — the client from this build with any of its options (--server URL, --offline,
# --headless, --script FILE, --screenshots DIR, --report FILE, --size WxH …); --headless without a display runs
# on a private Xvfb.
client_command() {
  local a headless=false
  for a in "$@"; do [ "$a" = --headless ] && headless=true; done
  [ -n "${DISPLAY:-}" ] || $headless \
    || die "no display to open the 3D hall on (DISPLAY is not set): use ./hall client --headless --script FILE"
  ensure_packages $(client_packages)
  ensure_commands $(client_commands)
  build_if_needed
  client_with_display client_java "$@"
}

# A private Xvfb for the client: started like a server part (pid in RUN_DIR/NAME.pid, so that ./hall down and
# the demo's stop find it); prints its display number once it accepts clients.
client_start_xvfb() {
  local name="$1" displayfile="$RUN_DIR/$1.display" i
  rm -f "$displayfile"
  mkdir -p "$RUN_DIR"
  start_bg "$name" Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$displayfile"
  for i in $(seq 1 100); do
    [ -s "$displayfile" ] && break
    is_running "$name" || break
    sleep 0.1
  done
  [ -s "$displayfile" ] || die "Xvfb did not start (log: $RUN_DIR/$name.log)"
  echo ":$(head -n 1 "$displayfile")"
}

# Runs COMMAND... with DISPLAY set: the caller's display, or a private Xvfb that is stopped afterwards.
client_with_display() {
  if [ -n "${DISPLAY:-}" ] && [ "${CLIENT_OWN_XVFB:-}" != 1 ]; then "$@"; return; fi
  local name="${CLIENT_XVFB_NAME:-client-xvfb}" display rc
  display=$(client_start_xvfb "$name")
  set +e
  DISPLAY="$display" "$@"; rc=$?
  set -e
  stop_bg "$name" >/dev/null
  return $rc
}

# Fills the array named ARRAY with the client's command line (hall-launch's definition of the part).
client_argv() {
  local cp; cp=$(hall_classpath client-3d runtime)
  part_argv "$1" client --class-path "$cp"
}

client_java() {
  local command
  client_argv command
  "${command[@]}" "$@"
}

# The outer gateway's embedded SMS outbox (its data dir under the gateway part's GATEWAY_HOME): the demo shows the
# sign-in codes "sent" there on screen, as no phone receives them.
client_demo_sms_outbox() {
  echo "$GATEWAY_HOME/outer/sms-outbox.jsonl"
}

# client_demo HEADLESS — called by ./hall demo once the server side is up. The client runs in the background
# (pid in RUN_DIR/client.pid) and the launcher waits for it, so that Ctrl-C or a TERM to the launcher stops it
# at once (demo_stop → client_down); closing the window ends the wait the same way.
client_demo() {
  local headless="$1" server="http://127.0.0.1:8080/" outbox command display rc=0
  outbox=$(client_demo_sms_outbox)
  client_argv command
  mkdir -p "$CLIENT_DEMO_DIR"
  if [ "$headless" = true ]; then
    say "client: scripted visit (headless) → screenshots and report in $CLIENT_DEMO_DIR (log: $RUN_DIR/client.log)"
    display=$(client_start_xvfb client-xvfb)
    DISPLAY="$display" start_bg client "${command[@]}" --server "$server" --demo-sms-outbox "$outbox" --headless \
      --script "$HALL_ROOT/client-3d/scripts/demo.script" --screenshots "$CLIENT_DEMO_DIR" --report "$CLIENT_DEMO_DIR/report.json"
    wait "$(cat "$RUN_DIR/client.pid")" || rc=$?
    [ "$rc" -eq 0 ] || { tail -n 30 "$RUN_DIR/client.log" >&2; die "the scripted client run failed (log: $RUN_DIR/client.log)"; }
    client_summary "$CLIENT_DEMO_DIR/report.json"
  else
    [ -n "${DISPLAY:-}" ] || die "no display to open the 3D hall on (DISPLAY is not set): use ./hall demo --headless"
    say "client: opening the 3D hall on $DISPLAY (log: $RUN_DIR/client.log). Esc closes panels; close the window or press Ctrl-C to stop everything."
    start_bg client "${command[@]}" --server "$server" --demo-sms-outbox "$outbox"
    wait "$(cat "$RUN_DIR/client.pid")" || rc=$?
    say "client: the window was closed (exit $rc)"
  fi
}

# stop_bg also clears the pid file of a client that ended by itself (a closed window), so that a later
# ./hall down never signals a process that reuses its pid
client_down() {
  stop_bg client
  stop_bg client-xvfb
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
  say "client bench: walking the whole hall at 1280x720 (radar and route on)…"
  client_bench client bench.script 60
}

# ./hall bench client-city — the same walk through a generated city hall: 5 floors, 300 windows, 2,000 items.
bench_client-city() {
  local data="$BENCH_DIR/city-hall"
  say "client-city bench: making the city hall in $data…"
  hall_java hall-model runtime org.virtualhall.model.hall.CityHall "$data" 2000 || die "the city hall could not be made"
  say "client-city bench: walking the city hall at 1280x720 (radar and route on)…"
  client_bench client-city bench-city.script 45 --hall-data "$data"
}

# One client bench: NAME.json and NAME.log in the bench folder, the walk of SCRIPT, the fps target, then client options.
client_bench() {
  local name="$1" script="$2" fps_target="$3"; shift 3
  local out="$BENCH_DIR/$name.json"
  ensure_packages $(client_packages)
  # an empty cache folder: the bench walks the hall it is given, never a catalog kept from an earlier run
  XDG_CACHE_HOME="$BENCH_DIR/$name-cache" CLIENT_OWN_XVFB=1 CLIENT_XVFB_NAME=bench-xvfb client_with_display client_java \
    --offline --headless --no-audio --idle 0 "$@" \
    --script "$HALL_ROOT/client-3d/scripts/$script" --report "$out" >"$BENCH_DIR/$name.log" 2>&1 \
    || { tail -n 30 "$BENCH_DIR/$name.log" >&2; die "the $name bench failed (log: $BENCH_DIR/$name.log)"; }
  printf '%-28s %-10s %s\n' metric value target \
    "fps (1280x720, llvmpipe)" "$(client_value fps "$out")" "≥ $fps_target" \
    "first frame (ms)" "$(client_value firstFrameMs "$out")" "≤ 5000" \
    "route p99 (ms)" "$(client_value route.p99Ms "$out")" "≤ 5" \
    "heap used (MB)" "$(client_value heapUsedMb "$out")" "≤ 512"
  say "written $out"
}
