# Shared functions of ./hall. Parts (tools/launcher/parts/NN-name.sh) plug in by defining:
#   PARTS+=(name)                     in start order
#   name_packages                     echo Debian packages the part needs (tests and demo)
#   name_commands                     optional: echo COMMAND:PACKAGE pairs, a package installed only when its
#                                     command is missing (e.g. npm, which may come from outside Debian)
#   name_up / name_down / name_status start (return when healthy), stop, one status line
#   name_ports / name_urls            optional: the ports it listens on (checked free before it starts),
#                                     lines saying where to reach it (printed by ./hall up and demo)
#   pid files RUN_DIR/name.pid or RUN_DIR/name-*.pid (start_bg) tell that the part is running
#   bench_NAME                        a benchmark for ./hall bench NAME
#   BENCH_QUICK_ARGS[NAME]="ARGS"     optional: its arguments for ./hall bench all --quick (a shorter load)
#   NAME_command                      a verb of its own: ./hall NAME ...
# shellcheck shell=bash

RUN_DIR="$HALL_ROOT/target/run"
BENCH_DIR="$HALL_ROOT/target/bench"
PARTS=()
declare -A BENCH_QUICK_ARGS=()
# hall-launch's classes: how each part starts (org.virtualhall.launch.part.Part), read by part_argv.
LAUNCH_CLASSES="$HALL_ROOT/hall-launch/target/classes"

say()  { printf '\033[1m[hall]\033[0m %s\n' "$*"; }
warn() { printf '\033[33m[hall]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[31m[hall] error:\033[0m %s\n' "$*" >&2; exit 1; }

load_parts() {
  local f
  for f in "$HALL_ROOT"/tools/launcher/parts/*.sh; do
    [ -e "$f" ] || continue
    # shellcheck source=/dev/null
    source "$f"
  done
}

part_verbs() {
  declare -F | awk '{print $3}' | { grep '_command$' || true; } | sed 's/_command$//' | tr '\n' ' '
}

# Installs Debian packages that are missing: with apt-get when root, otherwise says what to install.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    die "missing Debian packages: ${missing[*]} — install them with: sudo apt-get install -y ${missing[*]}"
  fi
  say "installing Debian packages: ${missing[*]}"
  mkdir -p "$RUN_DIR"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
      >"$RUN_DIR/apt.log" 2>&1; then
    tail -n 20 "$RUN_DIR/apt.log" >&2
    die "apt-get could not install ${missing[*]} (log: $RUN_DIR/apt.log)"
  fi
}

# Installs the package of each COMMAND:PACKAGE pair whose command is not on the PATH.
ensure_commands() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] || ensure_packages "${missing[@]}"
}

# Every package any part needs, plus what the launcher itself uses.
ensure_all_packages() {
  local pkgs=(curl procps) commands=() p
  for p in "${PARTS[@]}"; do
    if declare -F "${p}_packages" >/dev/null; then
      # shellcheck disable=SC2207
      pkgs+=($("${p}_packages"))
    fi
    if declare -F "${p}_commands" >/dev/null; then
      # shellcheck disable=SC2207
      commands+=($("${p}_commands"))
    fi
  done
  ensure_packages "${pkgs[@]}"
  ensure_commands "${commands[@]}"
}

# Maven with one line per module as progress; the full log goes to target/run/NAME.log.
mvn_progress() {
  local name="$1"; shift
  mkdir -p "$RUN_DIR"
  local log="$RUN_DIR/$name.log"
  set +e
  mvn -B "$@" 2>&1 | tee "$log" | grep --line-buffered -E '^\[INFO\] Building .*\[[0-9]+/[0-9]+\]$|Tests run:.*Fail|BUILD (SUCCESS|FAILURE)|ERROR\]' \
    | sed -u 's/^\[INFO\] //'
  local rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -eq 0 ] || die "maven $* failed (log: $log)"
}

# Whether a source of the build (a module's src/ tree or a pom) changed after the file STAMP; docs do not count.
sources_newer_than() {
  local stamp="$1"
  [ -n "$(find "$HALL_ROOT/pom.xml" "$HALL_ROOT"/*/pom.xml "$HALL_ROOT"/*/src -type f -newer "$stamp" -print -quit \
           2>/dev/null)" ]
}

# Builds the reactor when a source changed since the last build, one line per module as it goes.
build_if_needed() {
  local stamp="$RUN_DIR/.built"
  if [ -f "$stamp" ] && ! sources_newer_than "$stamp"; then
    return 0
  fi
  say "building (mvn package, tests skipped)…"
  mvn_progress build -DskipTests package
  touch "$stamp"
}

# Fills the array named ARRAY with the command line of PART as hall-launch defines it (JVM options, main class,
# arguments), so that ./hall starts each part exactly as the tests do:
#   part_argv ARRAY PART (--class-path CP | --jar JAR) [--port N] [-- ARGS...]
part_argv() {
  local -n part_argv_into="$1"; shift
  local lines
  lines=$(part_definition command "$@") || die "no command line for ${1:-?} (is the build complete? ./hall up builds it)"
  mapfile -t part_argv_into <<<"$lines"
}

# Fills the array named ARRAY with the JVM options of PART (as ./hall up runs it).
part_jvm_options() {
  local -n part_options_into="$1"
  local lines
  lines=$(part_definition jvm-options "$2") || die "no JVM options for $2 (is the build complete?)"
  mapfile -t part_options_into <<<"$lines"
}

# The URL where PART answers once it is ready, when it listens on PORT.
part_health() { part_definition health "$1" --port "$2" || die "no health URL for $1"; }

part_definition() { java -cp "$LAUNCH_CLASSES" org.virtualhall.launch.part.PrintCommand "$@"; }

# Prints the class path to run a module: its classes (and test classes for scope test), then its
# dependencies. Packaging in the same Maven run makes reactor modules resolve to their own target/ jars,
# never to stale ones in ~/.m2; the module is last in reactor order, so the file ends up holding its path.
hall_classpath() {
  local module="$1" scope="$2"
  local cpfile="$HALL_ROOT/$module/target/classpath-$scope.txt"
  local classes="$HALL_ROOT/$module/target/classes"
  [ "$scope" = test ] && classes="$HALL_ROOT/$module/target/test-classes:$classes"
  if [ ! -f "$cpfile" ] || [ -n "$(find "$HALL_ROOT" -maxdepth 2 -name pom.xml -newer "$cpfile" -print -quit)" ]; then
    mkdir -p "$RUN_DIR"
    (cd "$HALL_ROOT" && mvn -B -q -pl "$module" -am package -DskipTests dependency:build-classpath \
       -Dmdep.includeScope="$scope" -Dmdep.outputFile="$cpfile" >"$RUN_DIR/classpath-$module.log" 2>&1) \
      || die "cannot resolve the class path of $module (log: $RUN_DIR/classpath-$module.log)"
  fi
  echo "$classes:$(cat "$cpfile")"
}

# Runs a main class of a module with its runtime (or test) class path.
hall_java() {
  local module="$1" scope="$2" main="$3"; shift 3
  local cp; cp=$(hall_classpath "$module" "$scope")
  java -Dfile.encoding=UTF-8 -cp "$cp" "$main" "$@"
}

# Starts a background process, recording its pid; output goes to target/run/NAME.log.
start_bg() {
  local name="$1"; shift
  mkdir -p "$RUN_DIR"
  nohup "$@" >"$RUN_DIR/$name.log" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
}

# Stops a process started by start_bg: TERM, then KILL after a grace period.
stop_bg() {
  local name="$1" pidfile="$RUN_DIR/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$pidfile"
  say "stopped $name"
}

is_running() { local f="$RUN_DIR/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

# Whether any process of part P started by this checkout is alive (RUN_DIR/P.pid, RUN_DIR/P-*.pid).
part_running() {
  local f
  for f in "$RUN_DIR/$1.pid" "$RUN_DIR/$1"-*.pid; do
    [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && return 0
  done
  return 1
}

# Whether something accepts connections on 127.0.0.1:PORT.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Fails naming the port and, where ss can tell, the process that holds it.
require_ports_free() {
  local part="$1" port owner; shift
  for port in "$@"; do
    port_in_use "$port" || continue
    owner=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'users:(.*)' | head -n 1 || true)
    die "$part cannot start: port $port is already in use${owner:+ by $owner} — stop that process (another checkout's ./hall down?) and try again"
  done
}

# Waits until URL answers 2xx, or fails with the tail of the part's log. HALL_WAIT_SCALE=N gives every part N
# times its usual start time (a machine busy with other builds).
wait_for_http() {
  local name="$1" url="$2" timeout=$(( ${3:-120} * ${HALL_WAIT_SCALE:-1} ))
  local deadline=$((SECONDS + timeout)) why="did not become healthy at $url within ${timeout}s"
  while [ $SECONDS -lt $deadline ]; do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    if ! is_running "$name"; then why="ended before it became healthy at $url"; break; fi
    sleep 1
  done
  warn "$name $why; last lines of $RUN_DIR/$name.log:"
  tail -n 30 "$RUN_DIR/$name.log" >&2 || true
  return 1
}

# -Pdist: client-3d also builds the client's app image and portable zip and starts them (ClientPackageTests);
# the .deb is left to ./hall package.
cmd_test() {
  ensure_all_packages
  say "running every test (mvn verify, with the client's packages)…"
  mvn -B verify -Pdist "$@"
}

# The parts this launcher started (cmd_up), in start order: ./hall demo stops exactly these.
UP_STARTED=()

cmd_up() {
  ensure_all_packages
  build_if_needed
  local p started to_start=()
  for p in "${PARTS[@]}"; do
    declare -F "${p}_up" >/dev/null || continue
    if part_running "$p"; then
      say "$p: already running (started by an earlier ./hall up; ./hall down stops it)"
    else
      to_start+=("$p")
    fi
  done
  # every port is checked before anything starts, so that a taken one leaves nothing half started
  for p in "${to_start[@]}"; do
    if declare -F "${p}_ports" >/dev/null; then require_ports_free "$p" $("${p}_ports"); fi
  done
  for p in "${to_start[@]}"; do
    say "starting $p… (log: $RUN_DIR/$p*.log)"
    UP_STARTED+=("$p")
    started=$SECONDS
    "${p}_up" || { stop_parts "${UP_STARTED[@]}" >/dev/null 2>&1 || true; die "$p did not come up (logs in $RUN_DIR)"; }
    say "$p is up ($((SECONDS - started)) s)"
  done
  print_urls
  say "up. pids, ports and logs: $RUN_DIR"
}

print_urls() {
  local p
  say "where things are:"
  for p in "${PARTS[@]}"; do
    declare -F "${p}_urls" >/dev/null && "${p}_urls" | sed 's/^/    /'
  done
  echo "    logs: $RUN_DIR/*.log"
}

# Stops the given parts, last started first.
stop_parts() {
  local parts=("$@") i
  for ((i = ${#parts[@]} - 1; i >= 0; i--)); do
    declare -F "${parts[$i]}_down" >/dev/null && "${parts[$i]}_down"
  done
  return 0
}

cmd_down() { stop_parts "${PARTS[@]}"; }

cmd_status() {
  local p
  for p in "${PARTS[@]}"; do
    declare -F "${p}_status" >/dev/null && "${p}_status"
  done
  return 0
}

# ./hall demo [--headless]: starts what is not running yet, then the client. On Ctrl-C, TERM, closing the
# window or the end of the scripted tour it stops the client and every part it started itself; parts
# an earlier ./hall up started are reused and left running.
cmd_demo() {
  local headless=false a
  for a in "$@"; do
    case "$a" in --headless) headless=true ;; *) die "usage: ./hall demo [--headless]" ;; esac
  done
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'demo_stop' EXIT
  cmd_up
  say "checking the hall data…"
  cmd_check_data
  client_demo "$headless"
}

benchmark_names() { declare -F | awk '{print $3}' | { grep '^bench_' || true; } | sed 's/^bench_//' | tr '\n' ' '; }

demo_stop() {
  local rc=$?
  trap - EXIT INT TERM
  say "stopping what the demo started…"
  stop_parts "${UP_STARTED[@]}" client
  exit "$rc"
}

cmd_bench() {
  local name="${1:-list}"
  local known; known=$(benchmark_names)
  if [ "$name" = list ]; then echo "benchmarks: ${known}all"; return 0; fi
  if [ "$name" = all ]; then shift; run_all_benchmarks "$@"; return; fi
  if [ "$name" = summary ]; then shift; write_bench_summary "${1:-$BENCH_DIR}"; return; fi
  declare -F "bench_$name" >/dev/null || die "unknown benchmark '$name' (known: ${known:-none yet}, all, summary)"
  mkdir -p "$BENCH_DIR"
  build_if_needed
  shift
  "bench_$name" "$@"
}

cmd_check_data() {
  build_if_needed
  hall_java hall-model runtime org.virtualhall.model.hall.HallDataCheck "${1:-$HALL_ROOT/assets/src/main/resources/hall}"
}

# ./hall bench summary [DIR]: summary.md and the plots again from the JSON files in DIR (default target/bench).
write_bench_summary() {
  local dir="$1"; shift
  hall_java hall-tools runtime org.virtualhall.bench.BenchReport "$dir" "$@"
  say "summary: $dir/summary.md; plots: $dir/throughput.png, $dir/latency.png"
}

# ./hall bench all [--quick]: every benchmark one after another; one that fails does not stop the others. Each
# one's full output goes to target/bench/NAME-run.log (the console shows it without server log lines); then
# target/bench/summary.md, throughput.png and latency.png (hall-tools, metrics in hall-tools/src/main/resources/bench-metrics.yaml).
# --quick runs shorter loads (BENCH_QUICK_ARGS) into target/bench/quick/ so the full figures stay.
run_all_benchmarks() {
  local quick=false a note=""
  for a in "$@"; do
    case "$a" in --quick) quick=true ;; *) die "usage: ./hall bench all [--quick]" ;; esac
  done
  if $quick; then
    BENCH_DIR="$BENCH_DIR/quick"
    note="Quick run (./hall bench all --quick): shorter loads, the figures are indicative only."
  fi
  mkdir -p "$BENCH_DIR"
  build_if_needed
  local names failed=() seconds=() args name i=0 started rc all_started=$SECONDS
  read -r -a names <<<"$(benchmark_names)"
  for name in "${names[@]}"; do
    i=$((i + 1)); started=$SECONDS; args=()
    $quick && read -r -a args <<<"${BENCH_QUICK_ARGS[$name]:-}"
    say "benchmark $i/${#names[@]}: $name ${args[*]} (log: $BENCH_DIR/$name-run.log)"
    rm -f "$BENCH_DIR/$name.json"
    set +e
    ( set -e; "bench_$name" "${args[@]}" ) 2>&1 | tee "$BENCH_DIR/$name-run.log" \
      | grep --line-buffered -vE '^([0-9]{4}-[0-9]{2}-[0-9]{2}[T ])?[0-9]{2}:[0-9]{2}:[0-9]{2}[.,][0-9]+|^\s+at |^\{"@timestamp|^Standard Commons Logging'
    rc=${PIPESTATUS[0]}
    set -e
    [ "$rc" -eq 0 ] && [ ! -s "$BENCH_DIR/$name.json" ] && rc=1
    seconds+=("$name=$((SECONDS - started))")
    if [ "$rc" -eq 0 ]; then
      say "benchmark $name: done in $((SECONDS - started)) s"
    else
      failed+=("$name")
      warn "benchmark $name FAILED after $((SECONDS - started)) s (log: $BENCH_DIR/$name-run.log); going on with the others"
    fi
  done
  say "all benchmarks ran in $((SECONDS - all_started)) s; writing the summary…"
  write_bench_summary "$BENCH_DIR" --benches "$(IFS=,; echo "${names[*]}")" --failed "$(IFS=,; echo "${failed[*]}")" \
    --seconds "$(IFS=,; echo "${seconds[*]}")" --note "$note"
  [ ${#failed[@]} -eq 0 ] || die "${#failed[@]} of ${#names[@]} benchmarks failed: ${failed[*]} (logs in $BENCH_DIR)"
}
