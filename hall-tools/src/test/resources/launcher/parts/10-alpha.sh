# shellcheck shell=bash
# A stand-in server part for the launcher's own tests: a small Java HTTP server on $ALPHA_PORT.
PARTS+=(alpha)
alpha_ports() { echo "$ALPHA_PORT"; }
alpha_urls() { echo "alpha: http://127.0.0.1:$ALPHA_PORT/"; }
alpha_up() {
  start_bg alpha java "$HALL_ROOT/tools/launcher/StandInServer.java" "$ALPHA_PORT"
  wait_for_http alpha "http://127.0.0.1:$ALPHA_PORT/" 30
}
alpha_down() { stop_bg alpha; }
