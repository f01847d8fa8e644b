# shellcheck shell=bash
# A stand-in client: a process that runs until it is stopped (a closed window) and the stop the demo relies on.
PARTS+=(client)
client_demo() {
  start_bg client sleep 600
  say "client: window open (pid $(cat "$RUN_DIR/client.pid"))"
  wait "$(cat "$RUN_DIR/client.pid")" || true
  say "client: the window was closed"
}
client_down() { is_running client && stop_bg client; return 0; }

# the launcher's own tests run on a copy of the launcher with nothing to build or check
build_if_needed() { :; }
cmd_check_data() { :; }
ensure_all_packages() { :; }
