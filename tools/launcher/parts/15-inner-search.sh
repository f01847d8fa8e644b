# shellcheck shell=bash
# The internal network's own Elasticsearch node, with the same analysis as the outer one (the inner network cannot
# reach that): started empty, the approval system indexes its catalog and cases into it (approval.search.url).
# Its port is INNER_SEARCH_PORT (9201 by default); HALL_INNER_SEARCH_URL=http://host:9201 uses an existing
# cluster instead (nothing is launched).
PARTS+=(inner-search)

INNER_SEARCH_PORT="${INNER_SEARCH_PORT:-9201}"
INNER_SEARCH_WORK="$RUN_DIR/inner-elasticsearch"

inner-search_packages() { search_packages; }

inner_search_url() { echo "${HALL_INNER_SEARCH_URL:-http://127.0.0.1:$INNER_SEARCH_PORT}"; }
inner-search_ports() { [ -n "${HALL_INNER_SEARCH_URL:-}" ] || echo "$INNER_SEARCH_PORT"; }
inner-search_urls() { echo "inner search (Elasticsearch of the internal network, for the console): $(inner_search_url)"; }

inner-search_up() {
  if [ -n "${HALL_INNER_SEARCH_URL:-}" ]; then
    say "inner search: using the cluster at $HALL_INNER_SEARCH_URL"
    return 0
  fi
  if is_running inner-search; then say "inner search: already running"; return 0; fi
  local cp command; cp=$(search_classpath runtime) || exit 1
  part_argv command inner-search --class-path "$cp" --port "$INNER_SEARCH_PORT" -- "$INNER_SEARCH_WORK"
  start_bg inner-search "${command[@]}"
  wait_for_http inner-search "$(part_health inner-search "$INNER_SEARCH_PORT")" 240
}

inner-search_down() {
  stop_bg inner-search
  search_stop_leftover "$INNER_SEARCH_WORK"
}

inner-search_status() {
  if [ -n "${HALL_INNER_SEARCH_URL:-}" ]; then
    echo "inner-search: external cluster $HALL_INNER_SEARCH_URL"
  elif is_running inner-search && curl -fsS -o /dev/null --max-time 2 "$(inner_search_url)/_cluster/health"; then
    echo "inner-search: up at $(inner_search_url) (pid $(cat "$RUN_DIR/inner-search.pid"), log $RUN_DIR/inner-search.log)"
  else
    echo "inner-search: down"
  fi
}
