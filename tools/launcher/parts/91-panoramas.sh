# The viewpoints' 720° panoramas (点位全景): each rendered by client-3d from the 3D hall at its spot.
# shellcheck shell=bash

PANORAMAS_HALL_DIR="$HALL_ROOT/assets/src/main/resources/hall"

# ./hall panoramas render [--width N] [VIEWPOINT_ID ...] — the default panorama of every viewpoint (or of those
# named) into assets/src/main/resources/hall/panoramas/<id>.jpg: an equirectangular JPEG, 2048×1024 unless
# --width says otherwise. Needs a display; without one it runs on a private Xvfb.
panoramas_command() {
  local what="${1:-}"
  [ $# -gt 0 ] && shift
  [ "$what" = render ] || die "usage: ./hall panoramas render [--width N] [VIEWPOINT_ID ...]"
  ensure_packages $(client_packages)
  build_if_needed
  say "panoramas: rendering the viewpoints of $PANORAMAS_HALL_DIR from the 3D hall…"
  CLIENT_XVFB_NAME=panoramas-xvfb client_with_display hall_java client-3d runtime \
    org.virtualhall.client.panorama.PanoramaRenderer "$PANORAMAS_HALL_DIR" "$@"
  say "panoramas: done; ./hall check-data checks them"
}
