# The exchange gateway: inner role (8081), outer role with the hall API (8080) and the gap ferry (8082).
# shellcheck shell=bash
PARTS+=(gateway)

GATEWAY_HOME="$RUN_DIR/gateway"
GATEWAY_JAR="$HALL_ROOT/exchange-gateway/target/exchange-gateway-0.1.0-SNAPSHOT.jar"
GATEWAY_INNER_URL="http://127.0.0.1:8081"
BENCH_QUICK_ARGS[gateway]="2000 128 10000"   # 2,000 measured after one warm-up round, instead of up to 500,000 until the JIT settles
# Where each role listens: the ports of the roles' profiles (application-ROLE.yml), given explicitly.
# (-g: the parts are sourced inside load_parts, and a plain declare would leave the table in that function)
declare -gA GATEWAY_PORTS=([inner]=8081 [outer]=8080 [ferry]=8082)

# postgresql: the stores are tested on PostgreSQL as well as H2 (hall-tools PostgresCluster);
# haproxy: outer instances are tested behind a real balancer (hall-tools Haproxy)
gateway_packages() { echo curl postgresql haproxy; }

# The per-deployment keys: the gap's bundle key (both sides) and the outer side's token key. Made once, kept.
gateway_keys() {
  local keys="$GATEWAY_HOME/keys.env"
  if [ ! -f "$keys" ]; then
    mkdir -p "$GATEWAY_HOME"
    ( umask 077
      echo "HALL_GAP_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
      echo "HALL_TOKEN_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" ) >"$keys"
  fi
  set -a
  # shellcheck source=/dev/null
  source "$keys"
  set +a
}

gateway_start_role() {
  local role="$1" command
  part_argv command "gateway-$role" --jar "$GATEWAY_JAR" --port "${GATEWAY_PORTS[$role]}"
  HALL_GATEWAY_HOME="$GATEWAY_HOME" start_bg "gateway-$role" "${command[@]}"
}

gateway_wait_role() {
  wait_for_http "gateway-$1" "$(part_health "gateway-$1" "${GATEWAY_PORTS[$1]}")" 180
}

gateway_ports() { echo "${GATEWAY_PORTS[inner]}" "${GATEWAY_PORTS[outer]}" "${GATEWAY_PORTS[ferry]}"; }
gateway_urls() {
  echo "hall API (outer gateway): http://127.0.0.1:8080/api/hall   health: http://127.0.0.1:8080/actuator/health"
  echo "inner gateway management: $GATEWAY_INNER_URL/actuator/health   quarantine: ./hall gateway quarantine list"
  echo "gap ferry: http://127.0.0.1:8082/actuator/health"
}

gateway_up() {
  gateway_keys
  gateway_start_role inner
  gateway_start_role outer
  gateway_start_role ferry
  gateway_wait_role inner && gateway_wait_role outer && gateway_wait_role ferry &&
  say "gateway: hall API http://127.0.0.1:8080/api/hall, inner management $GATEWAY_INNER_URL, ferry :8082"
}

gateway_down() {
  stop_bg gateway-ferry
  stop_bg gateway-outer
  stop_bg gateway-inner
}

gateway_status() {
  local role
  for role in outer inner ferry; do
    if is_running "gateway-$role"; then say "gateway-$role: running (pid $(cat "$RUN_DIR/gateway-$role.pid"))"
    else say "gateway-$role: stopped"; fi
  done
}

# ./hall gateway quarantine list | show ID | replay ID   (what the inner side refused or held)
gateway_command() {
  local what="${1:-}" verb="${2:-list}" id="${3:-}"
  [ "$what" = quarantine ] || die "usage: ./hall gateway quarantine list|show ID|replay ID"
  case "$verb" in
    list)   curl -fsS "$GATEWAY_INNER_URL/api/quarantine" ; echo ;;
    show)   [ -n "$id" ] || die "usage: ./hall gateway quarantine show ID"
            curl -sS "$GATEWAY_INNER_URL/api/quarantine/$id" ; echo ;;
    replay) [ -n "$id" ] || die "usage: ./hall gateway quarantine replay ID"
            curl -sS -X POST "$GATEWAY_INNER_URL/api/quarantine/$id/replay" ; echo ;;
    *)      die "usage: ./hall gateway quarantine list|show ID|replay ID" ;;
  esac
}

# ./hall bench gateway [SUBMISSIONS [CLIENTS [MAX_WARM_UP [keyed|unkeyed]]]]: end-to-end rate and latency through the
# gap, measured over 20,000 submissions by 128 clients once the JIT has settled (warm-up rounds of 10,000, at most
# 500,000), each with an Idempotency-Key as the hall's clients send it (unless unkeyed), against raw Artemis; in the
# gateway's own JVM options, with a bigger heap (the last -Xmx counts) for the three roles in one JVM.
bench_gateway() {
  local options
  part_jvm_options options gateway-outer
  java "${options[@]}" -Xmx1g -cp "$(hall_classpath exchange-gateway test)" \
    org.virtualhall.gateway.bench.GatewayBench "$BENCH_DIR/gateway.json" "$@"
}

# ./hall bench topology [--quick]: the hall on clusters (two outer instances behind HAProxy on one PostgreSQL, a broker
# pair on each side, three search nodes), 5,000 submissions (300 with --quick) while an outer instance stops and each
# side's primary broker and a search node are killed; counts in target/bench/topology.json, exit 1 if any was lost or
# doubled.
bench_topology() {
  ensure_packages $(gateway_packages)
  local classpath artemis
  classpath=$(hall_classpath exchange-gateway test)
  artemis=$(tr ':' '\n' <<<"$classpath" | grep -m1 'apache-artemis-.*-bin\.zip$') || die "no Artemis distribution on the class path"
  java -Xmx1g -Dfile.encoding=UTF-8 -Dartemis.distribution="$artemis" -cp "$classpath" \
    org.virtualhall.gateway.bench.TopologyBench "$BENCH_DIR/topology.json" "$@"
}
BENCH_QUICK_ARGS[topology]="--quick"

# ./hall bench gateway-chaos [SUBMISSIONS [KILLS_PER_ROLE [CITIZENS [SEED]]]]: the full reliability run, 5,000
# submissions with kill -9 of every role and a faulty ferry; counts in target/bench/gateway-chaos.json.
bench_gateway-chaos() {
  java -Xmx512m -Dfile.encoding=UTF-8 -cp "$(hall_classpath exchange-gateway test)" \
    org.virtualhall.gateway.bench.GatewayChaosBench "$BENCH_DIR/gateway-chaos.json" "$@"
}
