# shellcheck shell=bash
# Elasticsearch and the search index. One real node from the Maven Central distribution,
# unpacked by the build under search-index/target/; it runs as the system user hallsearch when we
# are root. HALL_SEARCH_URL=http://host:9200 uses an existing cluster instead (nothing is launched).
PARTS+=(search)

SEARCH_PORT=9200
SEARCH_WORK="$RUN_DIR/elasticsearch"
SEARCH_MAIN=org.virtualhall.search.cli.SearchCommand

# runuser and useradd (running ES as a system user when root), curl for health checks.
search_packages() { echo util-linux passwd curl; }

search_url() { echo "${HALL_SEARCH_URL:-http://127.0.0.1:$SEARCH_PORT}"; }
search_ports() { [ -n "${HALL_SEARCH_URL:-}" ] || echo "$SEARCH_PORT"; }
search_urls() { echo "search (Elasticsearch): $(search_url)"; }

# The class path of search-index for SCOPE (runtime or test). The build writes those class paths itself,
# resolved inside the reactor, so they name this build's jars.
search_classpath() {
  local scope="$1"
  local dir="$HALL_ROOT/search-index/target" classes="$HALL_ROOT/search-index/target/classes"
  [ -f "$dir/classpath-$scope.txt" ] || die "search-index is not built (no $dir/classpath-$scope.txt)"
  [ "$scope" = test ] && classes="$dir/test-classes:$classes"
  echo "$classes:$(cat "$dir/classpath-$scope.txt")"
}

# Runs MAIN of search-index with SCOPE's class path: search_run SCOPE MAIN ARGS...
search_run() {
  local cp; cp=$(search_classpath "$1") || exit 1
  java -Dfile.encoding=UTF-8 -cp "$cp" "${@:2}"
}

search_up() {
  if [ -n "${HALL_SEARCH_URL:-}" ]; then
    say "search: using the cluster at $HALL_SEARCH_URL"
    search_run runtime "$SEARCH_MAIN" reindex "$HALL_SEARCH_URL" "${HALL_SEARCH_SYNONYMS:-}"
    return
  fi
  if is_running search; then say "search: already running"; return 0; fi
  local cp command; cp=$(search_classpath runtime) || exit 1
  part_argv command search --class-path "$cp" --port "$SEARCH_PORT" -- "$SEARCH_WORK" ${HALL_SEARCH_SYNONYMS:+"$HALL_SEARCH_SYNONYMS"}
  start_bg search "${command[@]}"
  # the alias exists once the first index is built: the node is up and the hall is searchable
  wait_for_http search "$(part_health search "$SEARCH_PORT")" 240
}

search_down() {
  stop_bg search
  search_stop_leftover "$SEARCH_WORK"
}

# A launcher killed hard leaves its node behind: stop it by its own pid. The launcher records it in
# WORKDIR.pid, because the node's folders (and its own pid file) are in a stand-in under
# /var/tmp/hall-search when the checkout is private to root; older launchers only wrote the latter.
search_stop_leftover() {
  local work="$1" pidfile pid
  for pidfile in "$work.pid" "$work/logs/elasticsearch.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if search_is_node "$pid"; then
      kill "$pid" && say "stopped the leftover Elasticsearch node (pid $pid)"
      local i
      for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    fi
    rm -f "$pidfile" 2>/dev/null || true
  done
}

# Whether PID is a live Elasticsearch node (a stale pid file may name a reused pid).
search_is_node() {
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q 'org.elasticsearch'
}

search_status() {
  if [ -n "${HALL_SEARCH_URL:-}" ]; then
    echo "search: external cluster $HALL_SEARCH_URL"
  elif is_running search && curl -fsS -o /dev/null --max-time 2 "$(search_url)/_cluster/health"; then
    echo "search: up at $(search_url) (pid $(cat "$RUN_DIR/search.pid"), log $RUN_DIR/search.log)"
  else
    echo "search: down"
  fi
}

# ./hall search reindex   rebuild the indices (picks up edited synonyms; HALL_SEARCH_SYNONYMS=file)
search_command() {
  case "${1:-}" in
    reindex)
      build_if_needed
      search_run runtime "$SEARCH_MAIN" reindex "$(search_url)" "${HALL_SEARCH_SYNONYMS:-}" ;;
    *) die "usage: ./hall search reindex" ;;
  esac
}

BENCH_QUICK_ARGS[search]="10"   # seconds of load instead of 30
# ./hall bench search   relevance against a standard-analyzer baseline, QPS and latency, build time
bench_search() {
  search_run test org.virtualhall.search.bench.SearchBench "$BENCH_DIR/search.json" "$@"
}

BENCH_QUICK_ARGS[search-scale]="10"   # seconds of load instead of 30
# ./hall bench search-scale [SECONDS [ITEMS]]   a province's 50,000 items: index build time, p99 at 500/s, relevance
bench_search-scale() {
  search_run test org.virtualhall.search.bench.ScaleBench "$BENCH_DIR/search-scale.json" "$@"
}
