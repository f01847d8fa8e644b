# The client for citizens: ./hall package. Maven builds the client, its app image (jpackage with its own jlink
# runtime) and the portable zip, and starts both (client-3d's dist profile, ClientPackageTests); the .deb is
# made here from the app image with jpackage (its menu entry and install scripts: client-3d/src/deb/). Nothing runs
# in the background, so there is no up/down.
# shellcheck shell=bash

PACKAGE_DIR="$HALL_ROOT/target/dist"

# ./hall package [client|servers] [--server URL] — into target/dist/: the client for citizens,
# hall-client-V-linux-x64.tar.gz (app image), hall-client_V_amd64.deb and hall-client-V-portable.zip (Windows, macOS,
# Linux with Java 17+), where --server bakes a county's hall address into its default settings; and one package per
# server role (93-server-packages.sh). Both unless one is named.
package_command() {
  local server="" what=both usage="usage: ./hall package [client|servers] [--server URL]"
  while [ $# -gt 0 ]; do
    case "$1" in
      client|servers) what="$1"; shift ;;
      --server) [ $# -ge 2 ] || die "$usage"; server="$2"; shift 2 ;;
      *) die "$usage" ;;
    esac
  done
  [ -z "$server" ] || [[ "$server" =~ ^https?://[^/[:space:]]+ ]] \
    || die "--server: '$server' is no http:// or https:// address"
  ensure_packages dpkg-dev
  rm -rf "$PACKAGE_DIR"
  mkdir -p "$PACKAGE_DIR"
  [ "$what" = servers ] || package_client "$server"
  if [ "$what" != client ]; then
    say "the server roles' packages…"
    server_packages_build "$(package_version)"
  fi
  say "in $PACKAGE_DIR:"
  (cd "$PACKAGE_DIR" && ls -l --block-size=M -- *.deb *.tar.gz *.zip 2>/dev/null | awk '{print "    " $5 "  " $9}')
}

# The project's version, as the packages carry it.
package_version() {
  sed -n 's|^  <version>\(.*\)</version>|\1|p' "$HALL_ROOT/pom.xml" | head -n 1 | sed 's/-SNAPSHOT$//'
}

package_client() {
  local server="$1"
  command -v jpackage >/dev/null || die "jpackage not found: it comes with JDK 17 (Debian: openjdk-17-jdk)"
  # shellcheck disable=SC2046
  ensure_packages $(client_packages) fakeroot binutils
  ensure_commands $(client_commands)
  local built="$HALL_ROOT/client-3d/target/dist" image="$HALL_ROOT/client-3d/target/dist-work/image/hall-client"
  say "building the client's packages and starting them from an empty folder${server:+ (hall: $server)}…"
  (cd "$HALL_ROOT" && mvn_progress package -pl client-3d -am verify -Pdist -DskipTests -Dhall.server="$server")
  cp "$built"/*.tar.gz "$built"/*.zip "$PACKAGE_DIR/"
  say "making the .deb from the app image (jpackage; log: $RUN_DIR/package-deb.log)…"
  jpackage --type deb --app-image "$image" --name hall-client --app-version "$(cat "$built/version")" \
    --dest "$PACKAGE_DIR" --vendor "Virtual Hall" --description "Virtual Hall: walk the county service hall in 3D" \
    --linux-package-name hall-client --linux-app-category education --linux-shortcut \
    --resource-dir "$HALL_ROOT/client-3d/src/deb" \
    >"$RUN_DIR/package-deb.log" 2>&1 || { tail -n 20 "$RUN_DIR/package-deb.log" >&2; die "jpackage could not make the .deb"; }
}
