# shellcheck shell=bash
# A second stand-in server part, two processes like the gateway's roles (beta-one, beta-two).
PARTS+=(beta)
beta_ports() { echo "$BETA_PORT"; }
beta_up() {
  start_bg beta-one java "$HALL_ROOT/tools/launcher/StandInServer.java" "$BETA_PORT"
  start_bg beta-two sleep 600
  wait_for_http beta-one "http://127.0.0.1:$BETA_PORT/" 30
}
beta_down() { stop_bg beta-two; stop_bg beta-one; }
