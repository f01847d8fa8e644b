# The journey: hall-journey's end-to-end tests, which start the whole server side themselves (free
# ports, temporary folders), drive the 3D client under Xvfb and the console in chromium; and the README
# pictures they take. Nothing here runs in the background, so there is no up/down; the Debian packages are
# the client's and the approval system's.
# shellcheck shell=bash

JOURNEY_SHOTS="$HALL_ROOT/hall-journey/target/journey"

# ./hall journey               the journey, services and catalog round-trip tests (the reactor builds what they start)
# ./hall journey screenshots   the same, then their pictures into docs/images/journey-*.png for the README
journey_command() {
  local what="${1:-test}"
  case "$what" in
    test|screenshots) ;;
    *) die "usage: ./hall journey [screenshots]" ;;
  esac
  ensure_all_packages
  say "the journey: whole stack, scripted citizen, clerk in chromium (a few minutes)…"
  rm -f "$JOURNEY_SHOTS"/journey-*.png
  (cd "$HALL_ROOT" && mvn_progress journey -pl hall-journey -am verify -Dtest='JourneyTests,ServicesJourneyTests,CatalogRoundTripTests' \
     -Dsurefire.failIfNoSpecifiedTests=false)
  [ "$what" = screenshots ] || return 0
  local shot count=0
  for shot in "$JOURNEY_SHOTS"/journey-*.png; do
    [ -e "$shot" ] || continue
    cp "$shot" "$HALL_ROOT/docs/images/"
    count=$((count + 1))
  done
  [ "$count" -gt 0 ] || die "the journey wrote no pictures into $JOURNEY_SHOTS"
  say "copied $count pictures into docs/images/ (journey-*.png)"
}
